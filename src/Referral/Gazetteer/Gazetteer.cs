namespace HotlineBot.Referral.Gazetteer;

/// <summary>
/// Place names → current province (and commune) with approximate coordinates. Knows the 34 units in force
/// since 01/7/2025, the 63 former provinces as aliases, common abbreviations and some communes.
/// Lookup ignores case, punctuation and diacritics. Immutable and thread-safe once loaded.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Relative to the content root.</summary>
    public const string ProvincesFile = "dialogs/gazetteer/provinces.csv";

    /// <summary>Relative to the content root.</summary>
    public const string CommunesFile = "dialogs/gazetteer/communes.csv";

    private readonly Dictionary<string, List<PlaceName>> _byKey;

    private Gazetteer(List<Province> provinces, List<Commune> communes, List<PlaceName> names)
    {
        Provinces = provinces;
        Communes = communes;
        Names = names;
        _byKey = new Dictionary<string, List<PlaceName>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = PlaceFold.Key(name.Name);
            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }
            list.Add(name);
        }
    }

    public IReadOnlyList<Province> Provinces { get; }

    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>Every name known, in file order: provinces, their former provinces and aliases, then communes.</summary>
    public IReadOnlyList<PlaceName> Names { get; }

    /// <summary>Loads both files under <paramref name="contentRoot"/>; a bad row throws <see cref="GazetteerFormatException"/> naming file and line.</summary>
    public static Gazetteer Load(string contentRoot)
    {
        var provincesPath = Path.Combine(contentRoot, ProvincesFile);
        var communesPath = Path.Combine(contentRoot, CommunesFile);
        using var provinces = new StreamReader(provincesPath);
        using var communes = File.Exists(communesPath) ? new StreamReader(communesPath) : null;
        return Parse(provincesPath, provinces, communesPath, communes ?? TextReader.Null);
    }

    public static Gazetteer Parse(string provincesFile, TextReader provinces, string communesFile, TextReader communes)
    {
        var provinceList = GazetteerCsv.ReadProvinces(provincesFile, provinces);
        var byId = provinceList.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var communeList = GazetteerCsv.ReadCommunes(communesFile, communes, byId);
        var names = new List<PlaceName>();
        foreach (var p in provinceList)
        {
            names.Add(new PlaceName(p.Name, PlaceKind.Province, p, null, false));
            foreach (var former in p.FormerProvinces.Where(f => PlaceFold.Key(f) != PlaceFold.Key(p.Name)))
            {
                names.Add(new PlaceName(former, PlaceKind.FormerProvince, p, null, false));
            }
            foreach (var alias in p.Aliases)
            {
                names.Add(new PlaceName(alias, PlaceKind.Province, p, null, IsShort(alias)));
            }
        }
        foreach (var c in communeList)
        {
            names.Add(new PlaceName(c.Name, PlaceKind.Commune, byId[c.ProvinceId], c, false));
        }
        return new Gazetteer(provinceList, communeList, names);
    }

    /// <summary>
    /// Finds a place by name: "Hải Dương", "hai duong", "TP.HCM", "sg". When several names fold alike,
    /// the one whose diacritics match what was typed wins. Null when unknown.
    /// </summary>
    public PlaceName? Lookup(string name)
    {
        var key = PlaceFold.Key(name);
        if (key.Length == 0 || !_byKey.TryGetValue(key, out var candidates))
        {
            return null;
        }
        var typed = name.Trim().ToLowerInvariant();
        PlaceName? folded = null;
        foreach (var c in candidates)
        {
            if (string.Equals(c.Name.ToLowerInvariant(), typed, StringComparison.Ordinal))
            {
                return c;
            }
            if (!c.ExactOnly)
            {
                folded ??= c;
            }
        }
        return folded;
    }

    public Province? Province(string id) => Provinces.FirstOrDefault(p => p.Id == id);

    private static bool IsShort(string alias) => alias.Length <= 3 && !alias.Contains(' ');
}
