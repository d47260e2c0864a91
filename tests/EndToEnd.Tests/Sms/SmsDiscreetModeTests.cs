using System.Text.RegularExpressions;
using HotlineBot.Channels.Sms;
using HotlineBot.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>
/// Discreet mode by SMS, over real HTTP on loopback with a real Redis and the fake Twilio: someone who shares a phone
/// texts "kin dao", and from then on no text we send says what it is about, while the emergency numbers still go out.
/// </summary>
public sealed class SmsDiscreetModeTests : SmsFixture
{
    /// <summary>Written here, independently of dialogs/messages/discreet.yaml: what a reader of the phone must not see.</summary>
    private static readonly string[] Revealing =
    [
        "bao luc", "bao hanh", "danh dap", "bi danh", "xam hai", "tinh duc", "tam lanh", "nan nhan", "cong an",
        "nguy hiem", "an toan", "de doa", "quay roi", "bao ve tre em", "ho tro phu nu", "duong day ho tro", "binh yen",
    ];

    private readonly List<string> _transcript = [];
    private int _seen;

    [Fact]
    public async Task A_whole_discreet_conversation_without_diacritics_reveals_nothing_yet_gives_the_numbers_and_turning_it_off_restores_the_wording()
    {
        var phone = Phone("+84911000001");

        var first = await SayAsync(phone, "chao ban");
        Assert.Contains("Nhan KIN DAO de tin nhan khong nhac den chu de.", first); // offered once, in the first reply
        Assert.Contains("113 (Cong an)", first);

        var discreet = new List<string>();
        discreet.Add(await SayAsync(phone, "kin dao"));
        Assert.Contains("113, 111, 1800 1768 hoac 1900 969680", discreet[^1]);

        discreet.Add(await SayAsync(phone, "chong toi dang danh toi, cuu toi")); // an emergency, in the middle of the menu
        Assert.Contains("Goi ngay 113, 111, 1800 1768 hoac 1900 969680.", discreet[^1]);
        Assert.Contains("Ban co tien nhan tiep khong?", discreet[^1]);
        discreet.Add(await SayAsync(phone, "co"));                      // fine to keep texting: where are you?
        Assert.Contains("khoang nao", discreet[^1]);
        discreet.Add(await SayAsync(phone, "1"));                       // "Bỏ qua": a counsellor is told all the same
        Assert.Contains("tu van vien", discreet[^1]);
        Assert.Contains("4. Tim cho o tam", discreet[^1]);              // the menu's own labels are discreet too
        Assert.Contains("1. Toi can giup gap", discreet[^1]);

        discreet.Add(await SayAsync(phone, "ly hon thi ai nuoi con")); // a legal question in free text
        discreet.Add(await SayAsync(phone, "menu"));
        discreet.Add(await SayAsync(phone, "4"));                       // "Tìm nơi tạm lánh" by its number
        Assert.Contains("khoang nao", discreet[^1]);
        discreet.Add(await SayAsync(phone, "Thach Ha, Ha Tinh"));
        discreet.Add(await SayAsync(phone, "menu"));
        discreet.Add(await SayAsync(phone, "2"));                       // "Tôi cần tư vấn": the needs, discreetly
        Assert.Contains("1. Chuyen trong gia dinh", discreet[^1]);
        discreet.Add(await SayAsync(phone, "1"));                       // not offered the danger questions (they name what happened)
        Assert.Contains("tinh hoac thanh pho", discreet[^1]);
        discreet.Add(await SayAsync(phone, "tro giup"));                // HELP still gives the numbers
        Assert.Contains("Goi 113, 111, 1800 1768 hoac 1900 969680.", discreet[^1]);
        discreet.Add(await SayAsync(phone, "anh ay doa giet toi"));     // a second emergency
        Assert.Contains("113", discreet[^1]);

        var rewriter = Server.Services.GetRequiredService<DiscreetRewriter>();
        Assert.All(discreet, said =>
        {
            Assert.Null(RevealingWordIn(said));
            Assert.Null(rewriter.FirstRevealing(said));
            Assert.DoesNotContain("KIN DAO", said);
        });
        // The numbers still go out: on turning it on, in both emergencies, with the counsellor's promise, and on HELP.
        Assert.All(new[] { 0, 1, 3, 11, 12 }.Select(i => discreet[i]), said =>
        {
            Assert.Contains("113", said);
            Assert.Contains("111", said);
        });

        var normal = await SayAsync(phone, "nhan binh thuong");
        Assert.Contains("nguy hiem", normal);
        Assert.Contains("113 (Cong an)", normal);
        var help = await SayAsync(phone, "tro giup");
        Assert.Contains("Duong day ho tro: 113 (Cong an)", help);
        Assert.DoesNotContain("KIN DAO", normal + help); // offered once only

        Assert.All(Twilio.Sent, m => Assert.True(SmsSegments.Count(m.Body).Segments <= SmsRenderer.MaxSegments));
        Assert.All(Twilio.Sent, m => Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count(m.Body).Encoding));
    }

    [Fact]
    public async Task Discreet_mode_survives_a_restart_and_turning_it_on_with_diacritics_works_too()
    {
        var phone = Phone("+84911000002");
        var on = await SayAsync(phone, "nhắn kín đáo"); // the very first text: no offer, just the discreet confirmation
        Assert.Contains("113, 111, 1800 1768 hoặc 1900 969680", on);
        Assert.DoesNotContain("KÍN ĐÁO", on);

        await RestartServerAsync();
        var help = await SayAsync(phone, "TRỢ GIÚP");
        Assert.Equal("Gọi 113, 111, 1800 1768 hoặc 1900 969680. Nhắn DỪNG để ngừng nhận tin.", help);
        var greeting = await SayAsync(phone, "xin chào");
        Assert.Null(RevealingWordIn(greeting));
        Assert.Contains("Xin chào, mình có thể giúp gì cho bạn?", greeting);

        var someoneElse = await SayAsync(Phone("+84911000003"), "TRỢ GIÚP"); // another number is not affected
        Assert.Contains("113 (Công an)", someoneElse);
    }

    /// <summary>Sends a text and returns every SMS it caused (waits until no more arrive), joined by "---".</summary>
    private async Task<string> SayAsync(SmsPhone phone, string text)
    {
        var response = await phone.SendAsync(text);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Twilio.WaitForSentAsync(_seen + 1);
        var count = Twilio.Sent.Count;
        do
        {
            count = Twilio.Sent.Count;
            await Task.Delay(400);
        }
        while (Twilio.Sent.Count != count);
        var said = string.Join("\n---\n", Twilio.Sent.Skip(_seen).Select(m => m.Body));
        _seen = Twilio.Sent.Count;
        _transcript.Add($"> {text}\n{said}");
        Console.WriteLine(_transcript[^1] + "\n");
        Assert.NotEqual("", said);
        return said;
    }

    private static string? RevealingWordIn(string text)
    {
        var folded = SmsFolding.RemoveDiacritics(text).ToLowerInvariant();
        return Revealing.FirstOrDefault(word => Regex.IsMatch(folded, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])"));
    }
}
