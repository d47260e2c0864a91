using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// A staff search of the directory: filters (province id, kind, status, free text) and one page of the result, by name.
/// The text matches id, name, organisation, commune, address and phones, ignoring case and diacritics.
/// </summary>
public sealed record PlaceSearch(string? ProvinceId = null, HelpKind? Kind = null, PlaceStatus? Status = null, string? Text = null, int Page = 1, int PageSize = 25)
{
    public const int MaxPageSize = 100;

    public PlacePage Apply(IEnumerable<StoredPlace> places)
    {
        var text = Text is { Length: > 0 } t ? PlaceFold.Fold(t.Trim()) : null;
        var matches = places
            .Where(s => (ProvinceId is null || s.Place.ProvinceId == ProvinceId)
                && (Kind is null || s.Place.Kind == Kind)
                && (Status is null || s.Place.Status == Status)
                && (text is null || Haystack(s.Place).Contains(text, StringComparison.Ordinal)))
            .OrderBy(s => PlaceFold.Fold(s.Place.Name), StringComparer.Ordinal)
            .ThenBy(s => s.Place.Id, StringComparer.Ordinal)
            .ToList();
        var size = Math.Clamp(PageSize, 1, MaxPageSize);
        var pages = Math.Max(1, (matches.Count + size - 1) / size);
        var page = Math.Clamp(Page, 1, pages);
        return new PlacePage([.. matches.Skip((page - 1) * size).Take(size)], matches.Count, page, pages);
    }

    private static string Haystack(Place p) =>
        PlaceFold.Fold(string.Join('\n', [p.Id, p.Name, p.Organisation, p.Commune, p.Address, .. p.Phones]));
}

/// <summary>One page of a <see cref="PlaceSearch"/>: <see cref="Total"/> places matched in all.</summary>
public sealed record PlacePage(IReadOnlyList<StoredPlace> Items, int Total, int Page, int Pages);
