using System.Globalization;

namespace HotlineBot.Referral.Gazetteer;

/// <summary>Reads the two gazetteer CSV files (comma-separated, no quoting, <c>|</c> inside a field separates a list, <c>#</c> starts a comment line).</summary>
internal static class GazetteerCsv
{
    public static List<Province> ReadProvinces(string file, TextReader reader)
    {
        var result = new List<Province>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(reader, 7, file))
        {
            if (!ids.Add(f[0]))
            {
                throw new GazetteerFormatException(file, line, $"duplicate province id '{f[0]}'");
            }
            bool isCity = f[2] switch
            {
                "city" => true,
                "province" => false,
                _ => throw new GazetteerFormatException(file, line, $"kind must be 'city' or 'province', not '{f[2]}'"),
            };
            var (lat, lon) = Coordinates(file, line, f[3], f[4]);
            result.Add(new Province(f[0], Required(file, line, f[1], "name"), isCity, lat, lon, List(f[5]), List(f[6])));
        }
        return result;
    }

    public static List<Commune> ReadCommunes(string file, TextReader reader, IReadOnlyDictionary<string, Province> provinces)
    {
        var result = new List<Commune>();
        foreach (var (line, f) in Rows(reader, 6, file))
        {
            if (!provinces.ContainsKey(f[0]))
            {
                throw new GazetteerFormatException(file, line, $"unknown province id '{f[0]}'");
            }
            bool verified = f[2] switch
            {
                "commune" => true,
                "area" => false,
                _ => throw new GazetteerFormatException(file, line, $"kind must be 'commune' or 'area', not '{f[2]}'"),
            };
            var (lat, lon) = Coordinates(file, line, f[3], f[4]);
            result.Add(new Commune(Required(file, line, f[1], "name"), f[0], verified, lat, lon, f[5]));
        }
        return result;
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader, int columns, string file)
    {
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var text = raw.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            var fields = text.Split(',');
            if (fields.Length != columns)
            {
                throw new GazetteerFormatException(file, lineNo, $"expected {columns} comma-separated fields, found {fields.Length}");
            }
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }
            yield return (lineNo, fields);
        }
    }

    private static (double Lat, double Lon) Coordinates(string file, int line, string lat, string lon)
    {
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || la is < 8 or > 24)
        {
            throw new GazetteerFormatException(file, line, $"latitude '{lat}' is not a number within Vietnam (8..24)");
        }
        if (!double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) || lo is < 102 or > 110)
        {
            throw new GazetteerFormatException(file, line, $"longitude '{lon}' is not a number within Vietnam (102..110)");
        }
        return (la, lo);
    }

    private static string Required(string file, int line, string value, string what) =>
        value.Length > 0 ? value : throw new GazetteerFormatException(file, line, $"{what} is empty");

    private static string[] List(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
