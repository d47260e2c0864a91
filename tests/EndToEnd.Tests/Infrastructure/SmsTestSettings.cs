using System.Net;
using System.Net.Sockets;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>Twilio and SMS configuration for a test service talking to a <see cref="FakeTwilio"/>.</summary>
public static class SmsTestSettings
{
    public const string AccountSid = "AC0123456789ABCDEF0123456789ABCDEF";
    public const string AuthToken = "test-auth-token-0123456789";
    public const string FromNumber = "+15005550006";

    public static Dictionary<string, string?> For(FakeTwilio twilio, int port) => new()
    {
        ["Twilio:AccountSid"] = AccountSid,
        ["Twilio:AuthToken"] = AuthToken,
        ["Twilio:FromNumber"] = FromNumber,
        ["Twilio:ApiBaseUrl"] = twilio.BaseUrl,
        ["Sms:PhoneHashKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        ["Sms:EncryptionKey"] = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()),
        ["Sms:FirstRetryDelay"] = "00:00:00.050",
        ["Hotline:PublicBaseUrl"] = $"http://127.0.0.1:{port}",
    };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
