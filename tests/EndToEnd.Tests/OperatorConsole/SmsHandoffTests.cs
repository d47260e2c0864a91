using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Sms;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A citizen texting from a basic phone reaches an operator; the operator's words come back as SMS (no diacritics, as they write).</summary>
public sealed class SmsHandoffTests : SmsFixture
{
    protected override IDictionary<string, string?> ExtraSettings => ConsoleFixture.AlwaysOnDuty;

    [Fact]
    public async Task An_sms_citizen_and_an_operator_talk_through_twilio_and_the_case_shows_no_number_in_the_queue()
    {
        await ConsoleFixture.SeedAccountsAsync(Server);
        var phone = Phone();
        using var lan = new ConsoleClient(Server.BaseUrl);
        (await lan.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();

        await phone.SendAsync("gap tu van vien");
        var queuedReply = await NextTextsAsync(1);
        Assert.Contains("vi tri so 1", queuedReply);
        var queue = await lan.GetJsonAsync("/console/api/queue");
        var item = queue["queue"]![0]!;
        Assert.Equal("sms", item["channel"]!.GetValue<string>());
        Assert.DoesNotContain(phone.Number[3..], queue.ToJsonString());
        var caseId = item["id"]!.GetValue<string>();

        await lan.ClaimAsync(caseId);
        var joined = await NextTextsAsync(1);
        Assert.Contains("Mot tu van vien da vao", joined);
        Assert.Equal(phone.Number, Twilio.Sent[^1].Form["To"]);

        await phone.SendAsync("toi dang so lam");
        await WaitForLineAsync(lan, caseId, "toi dang so lam");
        await Task.Delay(300);
        var quiet = Twilio.Sent.Count;

        await lan.SayAsync(caseId, "Mình ở đây. Bạn có an toàn không?");
        _seen = quiet;
        Assert.Equal("Minh o day. Ban co an toan khong?", await NextTextsAsync(1));

        await lan.PostAsync($"/console/api/cases/{caseId}/close", new JsonObject { ["outcome"] = "counselled" });
        Assert.Contains("113", await NextTextsAsync(1));
    }

    private int _seen;

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
