using HotlineBot.Channels.Sms;
using YamlDotNet.RepresentationModel;

namespace HotlineBot.Knowledge;

/// <summary>Reads a <c>faq*.yaml</c> file: a list of entries (id, questions, refs, answer, optional sms).</summary>
internal static class FaqFileReader
{
    public static IEnumerable<FaqEntry> Read(string file, YamlNode root, List<string> problems, List<(ArticleRef, string)> references)
    {
        if (root is not YamlSequenceNode entries)
        {
            problems.Add($"{file}:{root.Start.Line}: a FAQ file must be a list of entries (id, questions, refs, answer)");
            yield break;
        }
        foreach (var node in entries.Children)
        {
            var map = new YamlMap(file, node, problems, "a FAQ entry");
            map.OnlyKeys("id", "questions", "refs", "answer", "sms", "note");
            var id = map.Text("id", required: true);
            var questions = map.Texts("questions", required: true).Select(q => q.Text).ToList();
            var answer = map.Text("answer", required: true);
            var sms = map.Text("sms");
            var refs = new List<ArticleRef>();
            foreach (var (text, refNode) in map.Texts("refs", required: true))
            {
                if (KnowledgeLoader.ReadRef(file, text, refNode, problems) is { } r)
                {
                    refs.Add(r);
                    references.Add((r, map.Where(refNode)));
                }
            }
            if (sms is { Length: > 0 } && SmsSegments.Count(sms).Segments > SmsAnswer.MaxSegments)
            {
                map.Problem(map.Node("sms")!, $"FAQ '{id}': the sms form takes {SmsSegments.Count(sms).Segments} SMS segments; at most {SmsAnswer.MaxSegments} ({sms.Length} characters; with diacritics a segment holds 67)");
            }
            if (id is not null && answer is not null && questions.Count > 0 && refs.Count > 0)
            {
                yield return new FaqEntry(id, questions, refs, answer, string.IsNullOrEmpty(sms) ? null : sms, map.At);
            }
        }
    }
}
