using HotlineBot.Channels.Sms;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>A number that texts too fast is asked to slow down — politely, and still given the emergency numbers.</summary>
public sealed class SmsRateLimitTests : SmsFixture
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Sms:PerNumberPerMinute"] = "2" };

    [Fact]
    public async Task The_third_text_in_a_minute_gets_the_slow_down_reply_with_the_numbers_and_other_numbers_are_not_affected()
    {
        var fast = Phone("+84912000001");

        var first = await (await fast.SendAsync("alo")).Content.ReadAsStringAsync();
        var second = await (await fast.SendAsync("1")).Content.ReadAsStringAsync();
        var third = await (await fast.SendAsync("2")).Content.ReadAsStringAsync();
        var someoneElse = await (await Phone("+84912000002").SendAsync("alo")).Content.ReadAsStringAsync();

        Assert.Equal(SmsApi.EmptyTwiml, first);
        Assert.Equal(SmsApi.EmptyTwiml, second);
        Assert.Contains("<Message>Tin nhan den nhanh qua", third);
        Assert.Contains("113", third);
        Assert.Equal(SmsApi.EmptyTwiml, someoneElse);
        Assert.DoesNotContain(Server.LogLines, line => line.Contains("912000001"));
    }

    [Fact]
    public async Task A_twilio_retry_over_the_limit_never_gets_a_second_reply()
    {
        var fast = Phone("+84912000003");
        var accepted = fast.Form("alo");
        Assert.Equal(SmsApi.EmptyTwiml, await (await fast.PostAsync(accepted)).Content.ReadAsStringAsync());
        Assert.Equal(SmsApi.EmptyTwiml, await (await fast.SendAsync("1")).Content.ReadAsStringAsync());
        var overLimit = fast.Form("2");
        Assert.Contains("<Message>", await (await fast.PostAsync(overLimit)).Content.ReadAsStringAsync());

        // Twilio retries both: the accepted text was answered through the REST API, the other by the slow-down text.
        Assert.Equal(SmsApi.EmptyTwiml, await (await fast.PostAsync(accepted)).Content.ReadAsStringAsync());
        Assert.Equal(SmsApi.EmptyTwiml, await (await fast.PostAsync(overLimit)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_discreet_mode_the_slow_down_reply_is_discreet_too_and_still_has_the_numbers()
    {
        var fast = Phone("+84912000004");
        await fast.SendAsync("kin dao");
        await Twilio.WaitForSentAsync(1);
        await fast.SendAsync("alo");

        var third = await (await fast.SendAsync("alo")).Content.ReadAsStringAsync();

        Assert.Contains("<Message>Tin nhan den nhanh qua", third);
        Assert.Contains("113, 111, 1800 1768 hoac 1900 969680", third);
        Assert.DoesNotContain("Cong an", third);
        Assert.DoesNotContain("nguy hiem", third);
    }
}
