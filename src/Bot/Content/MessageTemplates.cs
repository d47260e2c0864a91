using System.Text.RegularExpressions;

namespace HotlineBot.Content;

/// <summary>
/// Every sentence the bot says, by id, from <c>dialogs/messages/*.yaml</c>. A template has one or more variants
/// with <c>{placeholders}</c>; <see cref="Render"/> picks a variant and fills it.
/// </summary>
public sealed partial class MessageTemplates(IReadOnlyDictionary<string, IReadOnlyList<string>> templates, Func<int, int>? pickVariant = null)
{
    private readonly Func<int, int> _pick = pickVariant ?? (count => count == 1 ? 0 : Random.Shared.Next(count));

    public IEnumerable<string> Ids => templates.Keys;

    public bool Contains(string id) => templates.ContainsKey(id);

    /// <summary>The variants of <paramref name="id"/>, or of <c>{id}.discreet</c> inside a <see cref="DiscreetMessages"/> scope when it exists.</summary>
    public IReadOnlyList<string> Variants(string id) =>
        DiscreetMessages.IsActive && templates.TryGetValue(id + DiscreetMessages.Suffix, out var discreet) ? discreet
        : templates.TryGetValue(id, out var v) ? v
        : throw new KeyNotFoundException($"No message template '{id}' in dialogs/messages.");

    /// <summary>Renders template <paramref name="id"/>; a placeholder with no value is an error, never shown to a citizen.</summary>
    public string Render(string id, params (string Name, string Value)[] values)
    {
        var variants = Variants(id);
        var text = variants[_pick(variants.Count)];
        return Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            foreach (var (n, v) in values)
            {
                if (n == name)
                {
                    return v;
                }
            }
            throw new InvalidOperationException($"Template '{id}' needs a value for {{{name}}}.");
        });
    }

    /// <summary>The placeholder names a variant uses.</summary>
    public static IEnumerable<string> PlaceholdersIn(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
