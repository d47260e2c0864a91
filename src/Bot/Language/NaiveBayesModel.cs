namespace HotlineBot.Language;

/// <summary>
/// Multinomial naive Bayes over hashed features (folded syllables, bigrams and rule cues), trained in memory
/// from the labelled corpus at start-up. Features never seen in training are ignored.
/// </summary>
internal sealed class NaiveBayesModel
{
    private readonly int _classes;
    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _logLikelihood;
    private readonly float[] _logPrior;

    private NaiveBayesModel(int classes, Dictionary<ulong, int> index, float[] logLikelihood, float[] logPrior)
    {
        _classes = classes;
        _index = index;
        _logLikelihood = logLikelihood;
        _logPrior = logPrior;
    }

    public int FeatureCount => _index.Count;

    public bool Knows(ulong feature) => _index.ContainsKey(feature);

    public static NaiveBayesModel Train(IReadOnlyList<(int Label, List<ulong> Features)> examples, int classes, double alpha = 0.3)
    {
        var index = new Dictionary<ulong, int>();
        foreach (var (_, features) in examples)
        {
            foreach (var f in features)
            {
                index.TryAdd(f, index.Count);
            }
        }
        var counts = new double[index.Count * classes];
        var totals = new double[classes];
        var docs = new double[classes];
        foreach (var (label, features) in examples)
        {
            docs[label]++;
            foreach (var f in features)
            {
                counts[index[f] * classes + label]++;
                totals[label]++;
            }
        }
        var logLikelihood = new float[counts.Length];
        for (int f = 0; f < index.Count; f++)
        {
            for (int c = 0; c < classes; c++)
            {
                logLikelihood[f * classes + c] = (float)Math.Log((counts[f * classes + c] + alpha) / (totals[c] + alpha * index.Count));
            }
        }
        var logPrior = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            logPrior[c] = (float)Math.Log((docs[c] + 1) / (examples.Count + classes));
        }
        return new NaiveBayesModel(classes, index, logLikelihood, logPrior);
    }

    /// <summary>Class probabilities for a message's features, written into <paramref name="probabilities"/>; returns how many features were known.</summary>
    public int Predict(List<ulong> features, Span<double> probabilities)
    {
        for (int c = 0; c < _classes; c++)
        {
            probabilities[c] = _logPrior[c];
        }
        int known = 0;
        foreach (var f in features)
        {
            if (_index.TryGetValue(f, out var i))
            {
                known++;
                var row = i * _classes;
                for (int c = 0; c < _classes; c++)
                {
                    probabilities[c] += _logLikelihood[row + c];
                }
            }
        }
        double max = double.NegativeInfinity;
        for (int c = 0; c < _classes; c++)
        {
            max = Math.Max(max, probabilities[c]);
        }
        double sum = 0;
        for (int c = 0; c < _classes; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < _classes; c++)
        {
            probabilities[c] /= sum;
        }
        return known;
    }
}
