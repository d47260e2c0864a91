using System.Globalization;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Language;

/// <summary>
/// Runs every recogniser over a tokenised message: phone numbers, ages, numbers in words, clock and relative
/// times, places (gazetteer), relation to the abuser, weapons, children present, self-harm cues.
/// Immutable and thread-safe.
/// </summary>
public sealed class EntityRecogniser
{
    private readonly PhraseMatcher<LexiconEntry> _lexicon;
    private readonly PhraseMatcher<PlaceName> _places;

    public EntityRecogniser(Lexicon lexicon, Gazetteer gazetteer)
    {
        _lexicon = new PhraseMatcher<LexiconEntry>(lexicon.Entries.Select(e => (e.Phrase, e.AccentedOnly, e)));
        _places = new PhraseMatcher<PlaceName>(gazetteer.Names.Select(n => (n.Name, n.ExactOnly, n)));
    }

    public List<Entity> Recognise(TokenisedText text) => Recognise(text, out _);

    /// <summary>Also hands back every lexicon phrase found (the triage rules' cues).</summary>
    public List<Entity> Recognise(TokenisedText text, out List<PhraseMatch<LexiconEntry>> lexiconMatches)
    {
        var entities = new List<Entity>();
        PhoneRecogniser.Recognise(text, entities);
        AgeRecogniser.Recognise(text, entities);
        TimeRecogniser.Recognise(text, entities);
        AddNumbers(text, entities);
        var places = _places.Match(text);
        foreach (var p in places)
        {
            var place = p.Payloads[0];
            var detail = place.Kind switch
            {
                PlaceKind.FormerProvince => $"{place.Name} → {place.Province.Name} (since 01/7/2025)",
                PlaceKind.Commune => $"{place.Name}, {place.Province.Name} (former {place.Commune!.FormerProvince}; approximate)",
                _ => place.Province.Name,
            };
            entities.Add(Span(text, EntityKinds.Place, place.Province.Id, p.TokenStart, p.TokenCount, detail));
        }
        lexiconMatches = _lexicon.Match(text);
        if (places.Count > 0)
        {
            lexiconMatches.RemoveAll(m => places.Any(p => m.TokenStart >= p.TokenStart && m.TokenEnd <= p.TokenEnd));
        }
        foreach (var m in lexiconMatches)
        {
            foreach (var e in m.Payloads)
            {
                if (EntityKinds.FromLexicon.Contains(e.Category))
                {
                    entities.Add(Span(text, e.Category, e.Value, m.TokenStart, m.TokenCount, null));
                }
            }
        }
        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return entities;
    }

    private static void AddNumbers(TokenisedText text, List<Entity> entities)
    {
        var tokens = text.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            int used = NumberWords.TryParse(tokens, i, allowSingle: false, out var value);
            if (used == 0)
            {
                continue;
            }
            var e = Span(text, EntityKinds.Number, value.ToString(CultureInfo.InvariantCulture), i, used, null);
            if (!entities.Any(x => x.Start < e.Start + e.Length && e.Start < x.Start + x.Length))
            {
                entities.Add(e);
            }
            i += used - 1;
        }
    }

    private static Entity Span(TokenisedText text, string kind, string value, int first, int count, string? detail)
    {
        var start = text.Tokens[first].Start;
        var end = text.Tokens[first + count - 1].End;
        return new Entity(kind, value, start, end - start, text.Source[start..end], detail);
    }
}
