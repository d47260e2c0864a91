using System.Net;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.EndToEnd.Sms;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// Someone in danger texts from a basic phone: the emergency dialog queues a high-priority case, and the operator who
/// claims it writes to them by SMS and reads their answers, while the bot stays quiet (but for the numbers on danger).
/// </summary>
public sealed class SmsEmergencyHandoffTests : SmsFixture
{
    private int _seen;

    protected override IDictionary<string, string?> ExtraSettings => ConsoleFixture.AlwaysOnDuty;

    [Fact]
    public async Task An_emergency_by_sms_is_queued_and_the_operator_who_claims_it_talks_with_the_person_by_sms_until_closing()
    {
        await ConsoleFixture.SeedAccountsAsync(Server);
        var phone = Phone("+84987654321");
        using var lan = new ConsoleClient(Server.BaseUrl);
        (await lan.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();

        Assert.Contains("113", await SayAsync(phone, "cuu toi voi, chong toi dang cam dao doa giet toi"));
        Assert.Contains("Ban dang o", await SayAsync(phone, "co")); // safe to keep texting; where are you?
        var queuedReply = await SayAsync(phone, "bo qua"); // where: rather not say
        Assert.Contains("tu van vien", queuedReply);

        var queue = await lan.GetJsonAsync("/console/api/queue");
        var item = queue["queue"]!.AsArray().Single()!;
        Assert.Equal("sms", item["channel"]!.GetValue<string>());
        Assert.Equal("high", item["risk"]!.GetValue<string>());
        Assert.DoesNotContain(phone.Number[3..], queue.ToJsonString());
        var caseId = item["id"]!.GetValue<string>();

        await lan.ClaimAsync(caseId);
        Assert.Contains("Mot tu van vien da vao", await NextTextsAsync(1));
        Assert.Equal(phone.Number, Twilio.Sent[^1].Form["To"]);
        var view = await lan.GetJsonAsync($"/console/api/cases/{caseId}");
        Assert.True(view["canRelay"]!.GetValue<bool>());

        await lan.SayAsync(caseId, "Mình là tư vấn viên. Bạn đang ở một mình chứ?");
        Assert.Equal("Minh la tu van vien. Ban dang o mot minh chu?", await NextTextsAsync(1));
        Assert.Equal(phone.Number, Twilio.Sent[^1].Form["To"]);

        var beforeReply = Twilio.Sent.Count;
        await phone.SendAsync("toi dang trốn o nha hang xom");
        await WaitForLineAsync(lan, caseId, "toi dang trốn o nha hang xom");
        await Task.Delay(500);
        Assert.Equal(beforeReply, Twilio.Sent.Count); // the bot says nothing while a human holds the conversation

        await phone.SendAsync("anh ta dang dap cua, cam dao doa giet toi");
        Assert.Contains("113", await NextTextsAsync(1)); // danger: the numbers still go out at once
        await WaitForLineAsync(lan, caseId, "anh ta dang dap cua, cam dao doa giet toi");

        var closed = await lan.PostAsync($"/console/api/cases/{caseId}/close", new JsonObject { ["outcome"] = "counselled" });
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        var goodbye = await NextTextsAsync(1);
        Assert.Contains("ket thuc", goodbye);
        Assert.Contains("1800 1768", goodbye);

        Assert.Contains("1.", await SayAsync(phone, "menu")); // the bot has the conversation back

        // Neither Redis nor its append-only file kept what was written, either way, in clear.
        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(Redis.ConnectionString);
        var everything = await RedisContents.DumpAsync(redis);
        foreach (var said in new[] { "nha hang xom", "dap cua", "mot minh", "một mình" })
        {
            Assert.DoesNotContain(everything, kv => kv.Value.Contains(said, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(said, RedisContents.AppendOnlyFile(Redis), StringComparison.OrdinalIgnoreCase);
        }
    }

    // Sends a text and returns the replies, once they have stopped coming.
    private async Task<string> SayAsync(SmsPhone phone, string text)
    {
        await phone.SendAsync(text);
        await Twilio.WaitForSentAsync(_seen + 1);
        var count = Twilio.Sent.Count;
        do
        {
            count = Twilio.Sent.Count;
            await Task.Delay(400);
        }
        while (Twilio.Sent.Count != count);
        return await NextTextsAsync(0);
    }

    private async Task<string> NextTextsAsync(int count)
    {
        var sent = await Twilio.WaitForSentAsync(_seen + count);
        var texts = string.Join("\n", sent.Skip(_seen).Select(m => m.Body));
        _seen = sent.Count;
        return texts;
    }

    private static async Task WaitForLineAsync(ConsoleClient client, string caseId, string text)
    {
        for (var i = 0; i < 50; i++)
        {
            var transcript = (await client.GetJsonAsync($"/console/api/cases/{caseId}/transcript")).AsArray();
            if (transcript.Any(l => l!["from"]!.GetValue<string>() == "citizen" && l["text"]!.GetValue<string>() == text))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"'{text}' never reached the operator");
    }
}
