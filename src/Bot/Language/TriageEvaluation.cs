using System.Globalization;
using System.Text;

namespace HotlineBot.Language;

/// <summary>Scores a <see cref="Triage"/> against labelled examples: accuracy, per-class precision/recall, confusion matrix, misclassified lines.</summary>
public sealed class TriageEvaluation
{
    private const int Classes = 7;

    private TriageEvaluation(int[,] confusion, List<(LabelledExample Example, TriageResult Result)> misclassified)
    {
        Confusion = confusion;
        Misclassified = misclassified;
    }

    /// <summary>[expected, predicted] counts, indexed by <see cref="Intent"/>.</summary>
    public int[,] Confusion { get; }

    public IReadOnlyList<(LabelledExample Example, TriageResult Result)> Misclassified { get; }

    public int Total => Sum((_, _) => true);

    public double Accuracy => Total == 0 ? 0 : (double)Sum((e, p) => e == p) / Total;

    /// <summary>Share of emergency messages called emergency.</summary>
    public double EmergencyRecall => Recall(Intent.Emergency);

    /// <summary>Share of non-emergency messages wrongly called emergency.</summary>
    public double FalseEmergencyRate
    {
        get
        {
            int non = Sum((e, _) => e != 0);
            return non == 0 ? 0 : (double)Sum((e, p) => e != 0 && p == 0) / non;
        }
    }

    public static TriageEvaluation Run(Triage triage, IEnumerable<LabelledExample> examples)
    {
        var confusion = new int[Classes, Classes];
        var wrong = new List<(LabelledExample, TriageResult)>();
        foreach (var example in examples)
        {
            var result = triage.Classify(example.Text);
            confusion[(int)example.Label, (int)result.Intent]++;
            if (result.Intent != example.Label)
            {
                wrong.Add((example, result));
            }
        }
        return new TriageEvaluation(confusion, wrong);
    }

    public double Precision(Intent intent)
    {
        int predicted = Sum((_, p) => p == (int)intent);
        return predicted == 0 ? 1 : (double)Confusion[(int)intent, (int)intent] / predicted;
    }

    public double Recall(Intent intent)
    {
        int actual = Sum((e, _) => e == (int)intent);
        return actual == 0 ? 1 : (double)Confusion[(int)intent, (int)intent] / actual;
    }

    /// <summary>The report <c>classify --eval</c> prints.</summary>
    public string Report()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"examples {Total}  accuracy {Accuracy:P1}  emergency recall {EmergencyRecall:P1}  false emergencies {FalseEmergencyRate:P1} of non-emergency");
        sb.AppendLine();
        sb.AppendLine(inv, $"{"class",-11} {"precision",9} {"recall",7} {"n",4}");
        foreach (var intent in Enum.GetValues<Intent>())
        {
            int n = Sum((e, _) => e == (int)intent);
            sb.AppendLine(inv, $"{intent.Name(),-11} {Precision(intent),9:P1} {Recall(intent),7:P1} {n,4}");
        }
        sb.AppendLine();
        sb.AppendLine("confusion (rows = expected, columns = predicted)");
        sb.Append(inv, $"{"",-11}");
        foreach (var intent in Enum.GetValues<Intent>())
        {
            sb.Append(inv, $" {intent.Name()[..Math.Min(5, intent.Name().Length)],5}");
        }
        sb.AppendLine();
        foreach (var expected in Enum.GetValues<Intent>())
        {
            sb.Append(inv, $"{expected.Name(),-11}");
            foreach (var predicted in Enum.GetValues<Intent>())
            {
                sb.Append(inv, $" {Confusion[(int)expected, (int)predicted],5}");
            }
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine(inv, $"misclassified ({Misclassified.Count})");
        foreach (var (example, result) in Misclassified)
        {
            sb.AppendLine(inv, $"line {example.Line}: expected {example.Label.Name()}, got {result.Intent.Name()} [{string.Join(", ", result.Cues)}]\t{example.Text}");
        }
        return sb.ToString();
    }

    private int Sum(Func<int, int, bool> where)
    {
        int total = 0;
        for (int e = 0; e < Classes; e++)
        {
            for (int p = 0; p < Classes; p++)
            {
                if (where(e, p))
                {
                    total += Confusion[e, p];
                }
            }
        }
        return total;
    }
}
