namespace HotlineBot.EndToEnd.Sms;

/// <summary>A whole conversation by SMS, written without diacritics on a basic phone, answered the same way.</summary>
public sealed class SmsConversationTests : SmsFixture
{
    [Fact]
    public async Task Without_diacritics_the_menu_works_by_numbers_and_reaches_the_legal_answer_and_the_emergency_numbers()
    {
        var phone = Phone();
        var seen = 0;
        async Task<string> SayAsync(string text, int replies)
        {
            await phone.SendAsync(text);
            var sent = await Twilio.WaitForSentAsync(seen + replies);
            var said = string.Join("\n---\n", sent.Skip(seen).Select(m => m.Body));
            seen = sent.Count;
            Console.WriteLine($"> {text}\n{said}\n");
            return said;
        }

        var greeting = await SayAsync("chao ban", 2);
        Assert.Contains("113", greeting);
        Assert.Contains("1. Toi dang gap nguy hiem", greeting);
        Assert.Contains("Tra loi 1, 2, 3, 4, 5 hoac 6.", greeting);
        Assert.DoesNotContain("ạ", greeting);

        var legal = await SayAsync("3", 1); // "Hỏi về pháp luật", by its number
        Assert.Contains("phap luat", legal);

        var beforeAnswer = Twilio.Sent.Count;
        await SayAsync("ck danh vk bi phat bao nhieu", 1);
        await Task.Delay(500);
        var answer = string.Join("\n", Twilio.Sent.Skip(beforeAnswer).Select(m => m.Body));
        Assert.Contains("113", answer); // it touches violence: the emergency numbers come first
        Assert.Contains("Dieu", answer); // the article is cited, without diacritics like the question
        seen = Twilio.Sent.Count;
        await SayAsync("menu", 1);

        await Task.Delay(500);
        seen = Twilio.Sent.Count;
        var emergency = await SayAsync("1", 1); // back at the menu: "Tôi đang gặp nguy hiểm"
        Assert.Contains("113", emergency);
        Assert.Contains("nguy hiem", emergency);
        var where = await SayAsync("co", 1); // safe to keep texting: where are you?
        Assert.Contains("ten xa, phuong hay tinh", where);
        Assert.DoesNotContain("vi tri", where); // a text message cannot share a location: not offered
        Assert.All(Twilio.Sent, m => Assert.True(HotlineBot.Channels.Sms.SmsSegments.Count(m.Body).Segments <= 3));
    }
}
