using HotlineBot.EndToEnd.Sms;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A citizen texting from a basic phone withdraws their request for a counsellor while waiting.</summary>
public sealed class SmsCancelTests : SmsFixture
{
    protected override IDictionary<string, string?> ExtraSettings => ConsoleFixture.AlwaysOnDuty;

    [Fact]
    public async Task Texting_huy_yeu_cau_while_waiting_cancels_the_case_and_the_numbers_come_back_by_sms()
    {
        await ConsoleFixture.SeedAccountsAsync(Server);
        var phone = Phone();
        using var lan = new ConsoleClient(Server.BaseUrl);
        (await lan.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();

        await phone.SendAsync("gap tu van vien");
        var queued = await TextsUntilAsync("HUY YEU CAU");
        Assert.Contains("vi tri so 1", queued);
        Assert.Single((await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray());

        await phone.SendAsync("huy yeu cau");
        var cancelled = await TextsUntilAsync("da huy yeu cau");

        Assert.Contains("113", cancelled);
        Assert.Empty((await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray());
        Assert.All(Twilio.Sent, m => Assert.Equal(phone.Number, m.Form["To"]));
    }

    [Fact]
    public async Task Opting_out_while_waiting_withdraws_the_request_nobody_could_answer_by_sms()
    {
        await ConsoleFixture.SeedAccountsAsync(Server);
        var phone = Phone();
        using var lan = new ConsoleClient(Server.BaseUrl);
        (await lan.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();
        await phone.SendAsync("gap tu van vien");
        await TextsUntilAsync("HUY YEU CAU");
        Assert.Single((await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray());

        await phone.SendAsync("HỦY"); // the carrier-style opt-out keyword: no more texts at all

        for (var i = 0; i < 50 && (await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray().Count > 0; i++)
        {
            await Task.Delay(100);
        }
        Assert.Empty((await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray());
        await Task.Delay(500);
        Assert.Equal(_seen, Twilio.Sent.Count); // and nothing was texted after the opt-out
    }

    private int _seen;

    // The texts sent since the last call, once one of them contains the fragment.
    private async Task<string> TextsUntilAsync(string fragment)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var sent = await Twilio.WaitForSentAsync(_seen + 1);
            var texts = string.Join("\n", sent.Skip(_seen).Select(m => m.Body));
            if (texts.Contains(fragment, StringComparison.Ordinal))
            {
                _seen = sent.Count;
                return texts;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No text containing '{fragment}' was sent");
    }
}
