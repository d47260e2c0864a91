using HotlineBot.Activities;
using HotlineBot.Content;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Turns a turn's replies into SMS texts: message texts joined, suggested actions as numbered options
/// ("1. …" per line, then "Trả lời 1, 2 hoặc 3.") in the order the prompt recognises numbers, without diacritics
/// (and with GSM-7 punctuation) when the person writes that way, and split so no text exceeds 3 segments. In discreet
/// mode every text goes through the <see cref="DiscreetRewriter"/> first, and an optional last line (the offer of
/// discreet mode) closes the first message.
/// </summary>
public sealed class SmsRenderer(HotlineContent content, DiscreetRewriter discreet)
{
    public const int MaxSegments = 3;

    public IReadOnlyList<string> Render(IEnumerable<Activity> replies, bool withoutDiacritics, bool discreetMode = false, string? firstMessageEnd = null)
    {
        var paragraphs = new List<string>();
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            var text = reply.Text?.Trim() ?? "";
            var actions = reply.SuggestedActions?.Actions ?? [];
            if (actions.Count > 0)
            {
                var options = actions.Select((a, i) => $"{i + 1}. {a.Title}");
                text = string.Join('\n', [.. (text.Length > 0 ? new[] { text } : []), .. options, Choose(actions.Count)]);
            }
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }
        if (firstMessageEnd is not null && paragraphs.Count > 0)
        {
            paragraphs[0] += "\n" + firstMessageEnd;
        }
        var body = string.Join("\n\n", paragraphs);
        if (discreetMode)
        {
            body = discreet.Rewrite(body);
        }
        if (withoutDiacritics)
        {
            body = GsmPunctuation(SmsFolding.RemoveDiacritics(body));
        }
        return SmsSplitter.Split(body, MaxSegments);
    }

    private string Choose(int count)
    {
        var numbers = count == 1
            ? "1"
            : string.Join(", ", Enumerable.Range(1, count - 1)) + " " + content.Messages.Render(MessageIds.SmsOr) + " " + count;
        return content.Messages.Render(MessageIds.SmsChoose, ("choices", numbers));
    }

    private static string GsmPunctuation(string text) => text
        .Replace('·', '-').Replace('–', '-').Replace('—', '-')
        .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
        .Replace("…", "...");
}
