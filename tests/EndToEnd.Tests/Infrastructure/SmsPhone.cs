using System.Text;
using HotlineBot.Channels.Sms;

namespace HotlineBot.EndToEnd.Infrastructure;

/// <summary>Plays Twilio delivering a citizen's SMS: builds the form, signs it like Twilio, posts it to the webhook.</summary>
public sealed class SmsPhone(HttpClient http, string webhookUrl, string number = "+84912345678")
{
    private int _sequence;

    public string Number => number;

    public string WebhookUrl => webhookUrl;

    public string NextSid() => $"SM{Interlocked.Increment(ref _sequence):x8}{Guid.NewGuid():N}"[..34];

    public Dictionary<string, string> Form(string body, string? messageSid = null) => new()
    {
        ["ToCountry"] = "US",
        ["SmsMessageSid"] = messageSid ??= NextSid(),
        ["NumMedia"] = "0",
        ["SmsSid"] = messageSid,
        ["SmsStatus"] = "received",
        ["Body"] = body,
        ["To"] = SmsTestSettings.FromNumber,
        ["NumSegments"] = "1",
        ["MessageSid"] = messageSid,
        ["AccountSid"] = SmsTestSettings.AccountSid,
        ["From"] = number,
        ["FromCountry"] = "VN",
        ["ApiVersion"] = "2010-04-01",
    };

    public Task<HttpResponseMessage> SendAsync(string body, string? messageSid = null) => PostAsync(Form(body, messageSid));

    public Task<HttpResponseMessage> PostAsync(IReadOnlyDictionary<string, string> form, string? url = null) =>
        PostSignedAsync(url ?? webhookUrl, form.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList());

    public async Task<HttpResponseMessage> PostSignedAsync(string url, IReadOnlyList<KeyValuePair<string, string>> form, string? signedUrl = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Compute(SmsTestSettings.AuthToken, signedUrl ?? url, form));
        return await http.SendAsync(request, cancellationToken);
    }

    public static string Raw(IEnumerable<KeyValuePair<string, string>> form) =>
        string.Join('&', form.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    public static StringContent FormContent(string raw) => new(raw, Encoding.UTF8, "application/x-www-form-urlencoded");
}
