using GazetteerIndex = HotlineBot.Referral.Gazetteer.Gazetteer;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// Imports places from a CSV or JSON file. Every row is validated before anything is written; a file with any error
/// (including a duplicate id) changes nothing. Re-importing the same file writes and audits nothing
/// (see <see cref="RedisPlaceStore.UpsertAsync"/>).
/// </summary>
public sealed class ShelterImporter(RedisPlaceStore store, GazetteerIndex gazetteer)
{
    /// <summary>Reads and validates a file without touching Redis.</summary>
    public IReadOnlyList<Place> Validate(string path, List<ImportError> errors)
    {
        var name = Path.GetFileName(path);
        List<ShelterFileRow> rows;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            rows = ShelterJson.Read(name, File.ReadAllBytes(path), errors);
        }
        else if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(path);
            rows = ShelterCsv.Read(name, reader, errors);
        }
        else
        {
            errors.Add(new ImportError(name, 1, "the file must end in .csv or .json"));
            return [];
        }
        var places = new List<Place>();
        var firstLineById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var place = PlaceValidator.Parse(name, row, gazetteer, errors);
            if (place is null)
            {
                continue;
            }
            if (firstLineById.TryGetValue(place.Id, out var first))
            {
                errors.Add(new ImportError(name, row.Line, $"id '{place.Id}' already used on line {first}"));
                continue;
            }
            firstLineById[place.Id] = row.Line;
            places.Add(place);
        }
        return places;
    }

    public async Task<ShelterImportResult> ImportAsync(string path, string who, CancellationToken cancellationToken = default)
    {
        var errors = new List<ImportError>();
        var places = Validate(path, errors);
        if (errors.Count > 0)
        {
            return new ShelterImportResult([.. errors.OrderBy(e => e.Line)], 0, 0);
        }
        var written = await Task.WhenAll(places.Select(p => store.UpsertAsync(p, who, cancellationToken)));
        return new ShelterImportResult([], written.Count(w => w), written.Count(w => !w));
    }
}
