using System.Text.Json;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// Reads a shelter JSON file: an array of objects whose properties are the CSV column names; lists may be JSON
/// arrays of strings, flags JSON booleans, numbers JSON numbers. Each record's line is the line of its <c>{</c>.
/// </summary>
internal static class ShelterJson
{
    public static List<ShelterFileRow> Read(string file, byte[] utf8, List<ImportError> errors)
    {
        var rows = new List<ShelterFileRow>();
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                errors.Add(new ImportError(file, 1, "expected a JSON array of places"));
                return rows;
            }
            var (lineAt, lineOffset) = (1, 0L);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                (lineAt, lineOffset) = LineOf(utf8, reader.TokenStartIndex, lineAt, lineOffset);
                var line = lineAt;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    errors.Add(new ImportError(file, line, "expected an object"));
                    reader.Skip();
                    continue;
                }
                using var doc = JsonDocument.ParseValue(ref reader);
                rows.Add(new ShelterFileRow(line, Fields(file, line, doc.RootElement, errors)));
            }
        }
        catch (JsonException e)
        {
            errors.Add(new ImportError(file, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + e.Message));
        }
        return rows;
    }

    private static Dictionary<string, string> Fields(string file, int line, JsonElement obj, List<ImportError> errors)
    {
        var problems = new List<PlaceProblem>();
        var fields = PlaceJson.Fields(obj, problems);
        errors.AddRange(problems.Select(p => new ImportError(file, line, p.Message)));
        return fields;
    }

    /// <summary>Counts lines from a previous (line, offset) position, so a whole file costs one pass.</summary>
    private static (int Line, long Offset) LineOf(byte[] utf8, long offset, int line, long from)
    {
        for (var i = from; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
            }
        }
        return (line, offset);
    }
}
