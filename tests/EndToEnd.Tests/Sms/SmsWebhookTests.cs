using System.Net;
using System.Text;
using HotlineBot.Channels.Sms;
using HotlineBot.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>Twilio → webhook → turn → outbox → fake Twilio REST, all over real HTTP on loopback with a real Redis.</summary>
public sealed class SmsWebhookTests : SmsFixture
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(700);

    [Fact]
    public async Task A_signed_inbound_text_is_answered_with_empty_twiml_and_exactly_one_sms_with_the_right_fields()
    {
        var phone = Phone();
        var response = await phone.SendAsync("tro giup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SmsApi.EmptyTwiml, await response.Content.ReadAsStringAsync());

        var sent = await Twilio.WaitForSentAsync(1);
        await Task.Delay(Settle);
        var message = Assert.Single(Twilio.Attempts);
        Assert.Equal(SmsTestSettings.AccountSid, message.AccountSid);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SmsTestSettings.AccountSid}:{SmsTestSettings.AuthToken}")), message.Authorization);
        Assert.Equal(phone.Number, message.Form["To"]);
        Assert.Equal(SmsTestSettings.FromNumber, message.Form["From"]);
        Assert.Equal($"http://127.0.0.1:{Port}/api/sms/twilio/status", message.Form["StatusCallback"]);
        Assert.Contains("113", message.Body);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(message.Body).Encoding); // written without diacritics → answered so

        // Logs never carry the number or the text.
        Assert.DoesNotContain(Server.LogLines, line => line.Contains("912345678") || line.Contains("tro giup", StringComparison.OrdinalIgnoreCase));
        Assert.Single(sent);
    }

    [Fact]
    public async Task The_same_MessageSid_posted_five_times_yields_one_reply()
    {
        var phone = Phone();
        var form = phone.Form("tro giup");
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => phone.PostAsync(form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Twilio.WaitForSentAsync(1);
        await Task.Delay(Settle);
        Assert.Single(Twilio.Attempts);
    }

    [Fact]
    public async Task A_429_then_a_500_from_twilio_are_retried_until_it_accepts()
    {
        Twilio.AnswerNext(429);
        Twilio.AnswerNext(500);
        await Phone().SendAsync("HELP");

        var sent = await Twilio.WaitForSentAsync(1);
        Assert.Single(sent);
        Assert.Equal(3, Twilio.Attempts.Count);
        Assert.All(Twilio.Attempts, a => Assert.Equal(sent[0].Body, a.Body));
    }

    [Fact]
    public async Task Status_callbacks_update_the_delivery_state()
    {
        await Phone().SendAsync("HELP");
        await Twilio.WaitForSentAsync(1);
        var store = Server.Services.GetRequiredService<ISmsStore>();
        var sid = $"SM{1:x32}"; // the fake's first sid
        await WaitUntilAsync(async () => await store.GetStatusAsync(sid) == "queued");

        var callback = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", sid), new("MessageStatus", "delivered"), new("AccountSid", SmsTestSettings.AccountSid), new("ApiVersion", "2010-04-01"),
        };
        var response = await Phone().PostSignedAsync(StatusUrl, callback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("delivered", await store.GetStatusAsync(sid));
    }

    [Fact]
    public async Task Stop_words_opt_out_and_start_opts_back_in()
    {
        var phone = Phone("+84900000001");
        await phone.SendAsync("DỪNG");
        await phone.SendAsync("tro giup");
        await phone.SendAsync("xin chao");
        await Task.Delay(Settle);
        Assert.Empty(Twilio.Attempts);

        await phone.SendAsync("START"); // back in: the greeting and the numbered menu
        var sent = await Twilio.WaitForSentAsync(2);
        Assert.Equal(2, sent.Count);
        Assert.Contains("113", sent[0].Body);
        Assert.EndsWith("Tra loi 1, 2, 3, 4, 5 hoac 6.", sent[1].Body);
    }

    [Fact]
    public async Task Twilio_21610_marks_the_number_opted_out()
    {
        Twilio.AnswerNext(400, 21610);
        var phone = Phone("+84900000002");
        await phone.SendAsync("HELP");
        await WaitUntilAsync(() => Task.FromResult(Twilio.Attempts.Count == 1));
        await Task.Delay(Settle);

        await phone.SendAsync("HELP");
        await Task.Delay(Settle);
        Assert.Single(Twilio.Attempts);
        Assert.Empty(Twilio.Sent);
    }

    [Fact]
    public async Task An_invalid_number_is_dropped_without_the_number_in_the_logs()
    {
        Twilio.AnswerNext(400, 21211);
        await Phone("+84900000003").SendAsync("HELP");
        await WaitUntilAsync(() => Task.FromResult(Server.LogLines.Any(l => l.Contains("21211"))));
        Assert.Single(Twilio.Attempts);
        Assert.DoesNotContain(Server.LogLines, l => l.Contains("900000003"));
    }

    [Fact]
    public async Task A_reply_in_the_outbox_is_sent_after_the_service_is_restarted()
    {
        for (var i = 0; i < 30; i++)
        {
            Twilio.AnswerNext(500);
        }
        await Phone().SendAsync("HELP");
        await WaitUntilAsync(() => Task.FromResult(Twilio.Attempts.Count >= 1));
        await Server.DisposeAsync(); // the reply is in flight, between retries
        Twilio.ClearScript();
        var attemptsBefore = Twilio.Attempts.Count;

        await RestartServerAsync();

        var sent = await Twilio.WaitForSentAsync(1);
        Assert.Single(sent);
        Assert.Contains("113", sent[0].Body);
        Assert.True(Twilio.Attempts.Count == attemptsBefore + 1);
    }

    [Fact]
    public async Task An_accepted_message_whose_turn_had_not_run_is_answered_after_a_restart()
    {
        await Server.DisposeAsync();
        // What a crash right after the empty-TwiML answer leaves: the message in flight in the inbox.
        var settings = SmsTestSettings.For(Twilio, Port);
        var phones = new PhoneProtector(Convert.FromBase64String(settings["Sms:PhoneHashKey"]!), Convert.FromBase64String(settings["Sms:EncryptionKey"]!));
        var entry = new InboxEntry("SM" + new string('e', 32), phones.ConversationId("+84912345670"), "tro giup", DateTimeOffset.UtcNow, phones.Encrypt("+84912345670"));
        using (var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(Redis.ConnectionString))
        {
            await redis.GetDatabase().ListLeftPushAsync("hb:sms:inbox:inflight", System.Text.Json.JsonSerializer.Serialize(entry, SmsJson.Default.InboxEntry));
        }

        await RestartServerAsync();

        var sent = Assert.Single(await Twilio.WaitForSentAsync(1));
        Assert.Equal("+84912345670", sent.Form["To"]);
        Assert.Contains("113", sent.Body);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }
}
