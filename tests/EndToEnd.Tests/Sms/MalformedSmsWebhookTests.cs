using System.Net;
using System.Text;
using HotlineBot.Channels.Sms;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>Malformed, oversized, unsigned or replayed webhooks: every one gets a 4xx (never a 500) and no SMS goes out.</summary>
public sealed class MalformedSmsWebhookTests : SmsFixture
{
    private delegate HttpRequestMessage Build(SmsPhone phone, string webhook, string statusUrl);

    private static HttpRequestMessage Signed(string url, IEnumerable<KeyValuePair<string, string>> form, string? signedUrl = null, string token = SmsTestSettings.AuthToken, string? rawBody = null)
    {
        var pairs = form.ToList();
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = SmsPhone.FormContent(rawBody ?? SmsPhone.Raw(pairs)),
        };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Compute(token, signedUrl ?? url, pairs));
        return request;
    }

    private static HttpRequestMessage WithContent(string url, HttpContent content, string? signature = "x")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }
        return request;
    }

    private static IEnumerable<KeyValuePair<string, string>> Without(Dictionary<string, string> form, string name) =>
        form.Where(f => f.Key != name);

    private static IEnumerable<KeyValuePair<string, string>> With(Dictionary<string, string> form, string name, string value) =>
        form.Select(f => f.Key == name ? new KeyValuePair<string, string>(name, value) : f);

    private static IEnumerable<KeyValuePair<string, string>> Twice(Dictionary<string, string> form, string name) =>
        form.Append(new KeyValuePair<string, string>(name, form[name] + "0"));

    private static readonly (string Name, int Status, Build Build)[] Cases =
    [
        ("no content type", 400, (p, w, s) => WithContent(w, new ByteArrayContent(Encoding.UTF8.GetBytes(SmsPhone.Raw(p.Form("hi")))))),
        ("json", 400, (p, w, s) => WithContent(w, new StringContent("{\"Body\":\"hi\"}", Encoding.UTF8, "application/json"))),
        ("text/plain", 400, (p, w, s) => WithContent(w, new StringContent(SmsPhone.Raw(p.Form("hi")), Encoding.UTF8, "text/plain"))),
        ("xml", 400, (p, w, s) => WithContent(w, new StringContent("<Body>hi</Body>", Encoding.UTF8, "application/xml"))),
        ("multipart", 400, (p, w, s) => WithContent(w, new MultipartFormDataContent { { new StringContent("hi"), "Body" } })),
        ("missing MessageSid", 400, (p, w, s) => Signed(w, Without(p.Form("hi"), "MessageSid"))),
        ("missing From", 400, (p, w, s) => Signed(w, Without(p.Form("hi"), "From"))),
        ("missing Body", 400, (p, w, s) => Signed(w, Without(p.Form("hi"), "Body"))),
        ("short MessageSid", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "MessageSid", "SM123"))),
        ("non-hex MessageSid", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "MessageSid", "SM" + new string('z', 32)))),
        ("MessageSid with a key path", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "MessageSid", "SM:../../" + new string('a', 25)))),
        ("From not a number", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "From", "abc"))),
        ("From empty", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "From", ""))),
        ("From with spaces", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "From", "+84 912 345 678"))),
        ("From whatsapp", 400, (p, w, s) => Signed(w, With(p.Form("hi"), "From", "whatsapp:+84912345678"))),
        ("repeated From", 400, (p, w, s) => Signed(w, Twice(p.Form("hi"), "From"))),
        ("repeated Body", 400, (p, w, s) => Signed(w, Twice(p.Form("hi"), "Body"))),
        ("repeated MessageSid", 400, (p, w, s) => Signed(w, Twice(p.Form("hi"), "MessageSid"))),
        ("Body of 1601 characters", 400, (p, w, s) => Signed(w, p.Form(new string('a', 1601)))),
        ("Body of 1601 Vietnamese characters", 400, (p, w, s) => Signed(w, p.Form(new string('ệ', 1601)))),
        ("body over 16 KB", 400, (p, w, s) => Signed(w, p.Form("hi").Append(new("Pad", new string('x', 17_000))))),
        ("huge body", 400, (p, w, s) => WithContent(w, SmsPhone.FormContent("Body=" + new string('x', 200_000)))),
        ("65 parameters", 400, (p, w, s) => Signed(w, p.Form("hi").Concat(Enumerable.Range(0, 52).Select(i => new KeyValuePair<string, string>($"X{i}", "1"))))),
        ("parameter name of 100 characters", 400, (p, w, s) => Signed(w, p.Form("hi").Append(new(new string('n', 100), "1")))),
        ("parameter value of 9000 characters", 400, (p, w, s) => Signed(w, p.Form("hi").Append(new("Long", new string('v', 9000))))),
        ("invalid UTF-8", 400, (p, w, s) => WithContent(w, new ByteArrayContent([.. Encoding.ASCII.GetBytes("Body="), 0xC3, 0x28]) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } })),
        ("no signature", 403, (p, w, s) => WithContent(w, SmsPhone.FormContent(SmsPhone.Raw(p.Form("hi"))), signature: null)),
        ("empty signature", 403, (p, w, s) => WithContent(w, SmsPhone.FormContent(SmsPhone.Raw(p.Form("hi"))), signature: "")),
        ("garbage signature", 403, (p, w, s) => WithContent(w, SmsPhone.FormContent(SmsPhone.Raw(p.Form("hi"))), signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=")),
        ("wrong auth token", 403, (p, w, s) => Signed(w, p.Form("hi"), token: "another-token-0123456789")),
        ("signature replayed from another URL", 403, (p, w, s) => Signed(w, p.Form("hi"), signedUrl: "https://evil.example.com/api/sms/twilio")),
        ("signature replayed from the status URL", 403, (p, w, s) => Signed(w, p.Form("hi"), signedUrl: s)),
        ("signature for another query", 403, (p, w, s) => Signed(w + "?x=1", p.Form("hi"), signedUrl: w + "?x=2")),
        ("body changed after signing", 403, (p, w, s) => Signed(w, p.Form("hi"), rawBody: SmsPhone.Raw(p.Form("bye")))),
        ("parameter added after signing", 403, (p, w, s) => Signed(w, p.Form("hi"), rawBody: SmsPhone.Raw(p.Form("hi")) + "&Extra=1")),
        ("host case changed", 403, (p, w, s) => Signed(w, p.Form("hi"), signedUrl: w.Replace("http://", "HTTP://").Replace("127.0.0.1", "LOCALHOST"))),
        ("status callback unsigned", 403, (p, w, s) => WithContent(s, SmsPhone.FormContent("MessageSid=SM" + new string('0', 32) + "&MessageStatus=delivered"), signature: null)),
        ("status callback without MessageStatus", 400, (p, w, s) => Signed(s, [new("MessageSid", "SM" + new string('0', 32))])),
        ("status callback with a bad status", 400, (p, w, s) => Signed(s, [new("MessageSid", "SM" + new string('0', 32)), new("MessageStatus", "<script>")])),
        ("GET", 405, (p, w, s) => new HttpRequestMessage(HttpMethod.Get, w)),
        ("PUT", 405, (p, w, s) => new HttpRequestMessage(HttpMethod.Put, w) { Content = SmsPhone.FormContent(SmsPhone.Raw(p.Form("hi"))) }),
    ];

    [Fact]
    public async Task Every_malformed_webhook_gets_a_4xx_with_a_reason_and_no_sms_is_sent()
    {
        Assert.True(Cases.Length >= 30);
        var phone = Phone();
        var failures = new List<string>();
        foreach (var (name, status, build) in Cases)
        {
            using var request = build(phone, WebhookUrl, StatusUrl);
            using var response = await Http.SendAsync(request);
            if ((int)response.StatusCode != status)
            {
                failures.Add($"{name}: {(int)response.StatusCode}, expected {status}");
            }
            if (status == 400 && !(await response.Content.ReadAsStringAsync()).Contains("detail"))
            {
                failures.Add($"{name}: 400 without a reason");
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(failures);
        Assert.Empty(Twilio.Attempts);
        Assert.DoesNotContain(Server.LogLines, line => line.Contains("912345678"));
    }

    [Fact]
    public async Task A_well_formed_webhook_after_all_that_is_still_answered() // the sanity check of the table above
    {
        await Phone().SendAsync("HELP");
        Assert.Single(await Twilio.WaitForSentAsync(1));
    }

    [Fact]
    public async Task A_body_cut_short_by_a_client_that_gave_up_is_not_an_error_in_the_logs()
    {
        var raw = SmsPhone.Raw(Phone().Form("hi"));
        var head = $"POST /api/sms/twilio HTTP/1.1\r\nHost: 127.0.0.1:{Port}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
            $"X-Twilio-Signature: x\r\nContent-Length: {raw.Length + 100}\r\n\r\n";
        for (var i = 0; i < 5; i++)
        {
            using var client = new System.Net.Sockets.TcpClient { LingerState = new System.Net.Sockets.LingerOption(true, 0) };
            await client.ConnectAsync("127.0.0.1", Port);
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head + raw));
            if (i % 2 == 0)
            {
                client.Client.Shutdown(System.Net.Sockets.SocketShutdown.Send); // the body ends early
            }
            await Task.Delay(50);
            client.Close(); // or the connection is reset mid-body, as when a client times out
        }
        await Task.Delay(500);

        Assert.DoesNotContain(Server.LogLines, line => line.Contains("unhandled exception") || line.Contains("Unexpected end of request content"));
        Assert.Empty(Twilio.Attempts);
    }
}
