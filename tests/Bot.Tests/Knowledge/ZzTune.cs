using HotlineBot.Knowledge;
using HotlineBot.Language;
namespace HotlineBot.Tests.Knowledge;
public sealed class ZzTune
{
    [Fact]
    public void Tune()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "legal_questions*.tsv");
        var questions = LegalQuestionSet.Load(files);
        var kb = KnowledgeLoader.Load(AppContext.BaseDirectory);
        var tok = new Tokeniser(Abbreviations.Load(AppContext.BaseDirectory));
        var lines = new List<string>();
        foreach (var spec in File.ReadAllLines("/tmp/tune.txt"))
        {
            var w = SearchWeights.Default;
            foreach (var kv in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var p = kv.Split('=');
                var v = double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture);
                w = p[0] switch
                {
                    "t" => w with { Title = v }, "k" => w with { Keyword = v }, "body" => w with { Body = v }, "law" => w with { LawName = v },
                    "faq" => w with { Faq = v }, "sec" => w with { SecondaryRef = v }, "bi" => w with { Bigram = v }, "k1" => w with { K1 = v }, "fine" => w with { FineQuestion = v }, "b" => w with { B = v },
                    _ => w,
                };
            }
            var e = LegalEvaluation.Run(LegalSearch.Build(kb, tok, w), questions);
            lines.Add($"{e.Top1Accuracy:0.000} {e.Top3Accuracy:0.000} :: {spec}");
        }
        File.WriteAllLines("/tmp/tune.out", lines);
    }
}
