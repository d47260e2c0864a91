using System.Text;

namespace HotlineBot.Referral.Directory;

/// <summary>
/// Reads a shelter CSV: a header row naming the columns, then one place per line. Fields may be quoted
/// (<c>"a, b"</c>, <c>""</c> for a quote); blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class ShelterCsv
{
    public static List<ShelterFileRow> Read(string file, TextReader reader, List<ImportError> errors)
    {
        var rows = new List<ShelterFileRow>();
        string[]? header = null;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            if (!TrySplit(line, out var fields))
            {
                errors.Add(new ImportError(file, lineNo, "unterminated quoted field (fields cannot span lines)"));
                continue;
            }
            if (header is null)
            {
                header = fields;
                CheckHeader(file, lineNo, header, errors);
                continue;
            }
            if (fields.Length != header.Length)
            {
                errors.Add(new ImportError(file, lineNo, $"expected {header.Length} fields as in the header, found {fields.Length}"));
                continue;
            }
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                byName[header[i]] = fields[i];
            }
            rows.Add(new ShelterFileRow(lineNo, byName));
        }
        if (header is null)
        {
            errors.Add(new ImportError(file, Math.Max(lineNo, 1), "no header row (" + string.Join(",", ShelterColumns.All) + ")"));
        }
        return rows;
    }

    private static void CheckHeader(string file, int line, string[] header, List<ImportError> errors)
    {
        foreach (var missing in ShelterColumns.All.Except(header))
        {
            errors.Add(new ImportError(file, line, $"header lacks column '{missing}'"));
        }
        foreach (var unknown in header.Except(ShelterColumns.All))
        {
            errors.Add(new ImportError(file, line, $"unknown column '{unknown}'"));
        }
        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            errors.Add(new ImportError(file, line, $"column '{twice.Key}' appears twice"));
        }
    }

    private static bool TrySplit(string line, out string[] fields)
    {
        var result = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                result.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        result.Add(field.ToString().Trim());
        fields = [.. result];
        return !quoted;
    }
}
