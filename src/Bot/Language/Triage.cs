using System.Diagnostics;
using System.Globalization;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Language;

/// <summary>
/// Decides what a message is about (<see cref="Intent"/>) and how dangerous it sounds (<see cref="RiskLevel"/>),
/// and says why. Hand-written rules decide emergencies (self-harm, a call for help, violence happening now,
/// a weapon, strangling, a threat to kill, injury) so that no model can talk them away; a naive Bayes model
/// trained at start-up from <see cref="LabelledCorpus.TrainingFile"/> decides the rest.
/// Immutable and thread-safe; build once with <see cref="Load(string)"/>.
/// </summary>
public sealed class Triage
{
    private const int Classes = 7;

    [ThreadStatic]
    private static List<ulong>? t_features;

    private static readonly ulong QuestionFeature = FeatureHash.Of("#?");
    private static readonly ulong ShortFeature = FeatureHash.Of("#short");
    private readonly NaiveBayesModel _model;

    private Triage(Tokeniser tokeniser, EntityRecogniser recogniser, NaiveBayesModel model, TimeSpan loadTime)
    {
        Tokeniser = tokeniser;
        Recogniser = recogniser;
        _model = model;
        LoadTime = loadTime;
    }

    public Tokeniser Tokeniser { get; }

    public EntityRecogniser Recogniser { get; }

    /// <summary>How long loading the data and training took.</summary>
    public TimeSpan LoadTime { get; }

    public int ModelFeatures => _model.FeatureCount;

    /// <summary>Loads abbreviations, lexicon, gazetteer and training corpus from <paramref name="contentRoot"/> (the folder holding <c>dialogs/</c>).</summary>
    public static Triage Load(string contentRoot) => Load(contentRoot, Gazetteer.Load(contentRoot));

    /// <summary>As <see cref="Load(string)"/>, with a gazetteer the caller already loaded (the service shares one).</summary>
    public static Triage Load(string contentRoot, Gazetteer gazetteer)
    {
        var clock = Stopwatch.StartNew();
        var tokeniser = new Tokeniser(Abbreviations.Load(contentRoot));
        var lexicon = Lexicon.Load(contentRoot);
        CheckLexicon(Path.Combine(contentRoot, Lexicon.FileName), lexicon);
        var recogniser = new EntityRecogniser(lexicon, gazetteer);
        var corpus = LabelledCorpus.Load(Path.Combine(contentRoot, LabelledCorpus.TrainingFile));
        return Create(tokeniser, recogniser, corpus, clock);
    }

    public static Triage Create(Tokeniser tokeniser, EntityRecogniser recogniser, IEnumerable<LabelledExample> training) =>
        Create(tokeniser, recogniser, training, Stopwatch.StartNew());

    /// <summary>The rules read some categories and values by name: a lexicon edit that drops one must fail at start-up, not silently.</summary>
    public static void CheckLexicon(string file, Lexicon lexicon)
    {
        var present = lexicon.Entries.SelectMany(e => new[] { e.Category, e.Key }).ToHashSet(StringComparer.Ordinal);
        var missing = TriageCues.Required.Where(r => !present.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new LanguageDataException(file, 1, $"the triage rules need these categories/values, missing: {string.Join(", ", missing)}");
        }
    }

    public TriageResult Classify(string? message)
    {
        var tokens = Tokeniser.Tokenise(message);
        var cues = new List<string>(12);
        if (tokens.Count == 0)
        {
            cues.Add(tokens.EmojiCount > 0 ? "emoji-only" : "empty");
            return new TriageResult(tokens.EmojiCount > 0 ? Intent.SmallTalk : Intent.Other, RiskLevel.None, cues, [], tokens, 1);
        }
        var entities = Recogniser.Recognise(tokens, out var matches);
        var c = new TriageCues(matches, cues);
        Span<double> p = stackalloc double[Classes];
        _model.Predict(Features(tokens, c), p);
        var confidence = 0.0;
        var intent = c.Active.Count == 0 && !KnowsAnyWord(tokens) ? Unknown(cues) : Decide(c, p, cues, out confidence);
        return new TriageResult(intent, Risk(intent, c), cues, entities, tokens, confidence);
    }

    private static Triage Create(Tokeniser tokeniser, EntityRecogniser recogniser, IEnumerable<LabelledExample> training, Stopwatch clock)
    {
        var examples = new List<(int, List<ulong>)>();
        foreach (var example in training)
        {
            var tokens = tokeniser.Tokenise(example.Text);
            recogniser.Recognise(tokens, out var matches);
            examples.Add(((int)example.Label, [.. Features(tokens, new TriageCues(matches, []))]));
        }
        var model = NaiveBayesModel.Train(examples, Classes);
        return new Triage(tokeniser, recogniser, model, clock.Elapsed);
    }

    private bool KnowsAnyWord(TokenisedText tokens)
    {
        foreach (var t in tokens.Tokens)
        {
            if (_model.Knows(FeatureHash.Of(t.Folded)))
            {
                return true;
            }
        }
        return false;
    }

    private static Intent Unknown(List<string> cues)
    {
        cues.Add("model:no-known-words");
        return Intent.Other;
    }

    private static Intent Decide(TriageCues c, Span<double> p, List<string> cues, out double confidence)
    {
        var rule = EmergencyRule(c);
        if (rule is not null)
        {
            cues.Add("rule:emergency:" + rule);
            confidence = 1;
            return Intent.Emergency;
        }
        int best = 0;
        for (int i = 1; i < Classes; i++)
        {
            if (p[i] > p[best])
            {
                best = i;
            }
        }
        bool dangerCue = (c.PhysicalViolence || c.Threat || c.Has("weapon") || c.Has("danger") || c.Has("help"))
            && !c.Hypothetical && !(c.Past && !c.Has("urgency"));
        if (best == (int)Intent.Emergency && !dangerCue)
        {
            best = 1;
            for (int i = 2; i < Classes; i++)
            {
                if (p[i] > p[best])
                {
                    best = i;
                }
            }
            cues.Add("model:emergency-without-danger-cue");
        }
        cues.Add($"model:{((Intent)best).Name()} {p[best].ToString("0.00", CultureInfo.InvariantCulture)}");
        confidence = p[best];
        return (Intent)best;
    }

    /// <summary>The rules that make a message an emergency whatever the model says; null when none fires.</summary>
    private static string? EmergencyRule(TriageCues c)
    {
        bool legal = c.Has("legal") || c.Hypothetical;
        bool questionOnly = legal || c.Has("procedure");
        if (c.Has("selfharm"))
        {
            return "self-harm";
        }
        if (c.Has("help:cứu"))
        {
            return "call-for-help";
        }
        if ((c.Has("danger:chảy máu") || c.Has("danger:bất tỉnh")) && !c.Past && !legal)
        {
            return "injury";
        }
        if (c.Has("danger:đang trốn") && !legal)
        {
            return "hiding";
        }
        if (c.Has("danger:đang đến") && (c.PhysicalViolence || c.Threat || c.Has("weapon") || c.Has("help")) && !legal)
        {
            return "abuser-coming";
        }
        if ((c.PhysicalViolence || c.Threat) && c.Has("urgency") && !c.Hypothetical)
        {
            return "violence-now";
        }
        if (c.Has("weapon") && (c.PhysicalViolence || c.Threat) && !c.Past && !questionOnly)
        {
            return "weapon";
        }
        if (c.Severe && !c.Past && !questionOnly)
        {
            return "severe-violence";
        }
        if (c.Has("help:giúp") && c.PhysicalViolence && !c.Past && !legal)
        {
            return "help-with-violence";
        }
        return null;
    }

    private static RiskLevel Risk(Intent intent, TriageCues c)
    {
        if (intent == Intent.Emergency || c.Severe || c.Has("selfharm") || (c.Has("weapon") && (c.PhysicalViolence || c.Threat)))
        {
            return c.Hypothetical && intent != Intent.Emergency ? RiskLevel.Low : RiskLevel.High;
        }
        var risk = RiskLevel.None;
        if (c.PhysicalViolence || c.Threat)
        {
            risk = RiskLevel.Medium;
        }
        else if (c.Has("violence") || c.Has("danger"))
        {
            risk = RiskLevel.Low;
        }
        if (risk == RiskLevel.Medium && (c.Has("children:thai") || c.Has("children:con")) && !c.Hypothetical)
        {
            risk = RiskLevel.High;
        }
        if (intent == Intent.Shelter && risk < RiskLevel.Medium)
        {
            risk = RiskLevel.Medium;
        }
        if (intent == Intent.Disclosure && risk == RiskLevel.None)
        {
            risk = RiskLevel.Low;
        }
        if (c.Hypothetical && risk > RiskLevel.Low)
        {
            risk = RiskLevel.Low;
        }
        return risk;
    }

    private static List<ulong> Features(TokenisedText text, TriageCues cues)
    {
        var features = t_features ??= new List<ulong>(128);
        features.Clear();
        ulong previous = 0;
        var tokens = text.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (cues.FalseFriendTokens.Count > 0 && cues.InFalseFriend(i))
            {
                previous = 0;
                continue;
            }
            var h = FeatureHash.Of(tokens[i].Folded);
            features.Add(h);
            if (previous != 0)
            {
                features.Add(FeatureHash.Pair(previous, h));
            }
            previous = h;
        }
        foreach (var cue in cues.Active)
        {
            var h = FeatureHash.Of('#', cue);
            features.Add(h);
            features.Add(h);
        }
        if (text.HasQuestionMark)
        {
            features.Add(QuestionFeature);
        }
        if (tokens.Count <= 3)
        {
            features.Add(ShortFeature);
        }
        return features;
    }
}
