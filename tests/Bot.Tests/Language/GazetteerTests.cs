using Xunit;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Tests.Language;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(LanguageData.ContentRoot);

    [Fact]
    public void Has_the_34_units_of_2025_and_the_63_former_provinces()
    {
        Assert.Equal(34, Gazetteer.Provinces.Count);
        Assert.Equal(6, Gazetteer.Provinces.Count(p => p.IsCity));
        Assert.Equal(23, Gazetteer.Provinces.Count(p => p.FormerProvinces.Count >= 2));
        var former = Gazetteer.Provinces
            .SelectMany(p => p.FormerProvinces.Count > 0 ? p.FormerProvinces : [p.Name])
            .Select(PlaceFold.Key).Distinct().Count();
        Assert.Equal(63, former);
    }

    [Theory]
    [InlineData("Hải Dương", "hai-phong", PlaceKind.FormerProvince)]
    [InlineData("hai duong", "hai-phong", PlaceKind.FormerProvince)]
    [InlineData("TP. Hồ Chí Minh", "ho-chi-minh", PlaceKind.Province)]
    [InlineData("HCM", "ho-chi-minh", PlaceKind.Province)]
    [InlineData("sg", "ho-chi-minh", PlaceKind.Province)]
    [InlineData("ĐN", "da-nang", PlaceKind.Province)]
    [InlineData("Kỳ Anh", "ha-tinh", PlaceKind.Commune)]
    public void Looks_up_with_or_without_diacritics(string name, string province, PlaceKind kind)
    {
        var place = Gazetteer.Lookup(name);
        Assert.NotNull(place);
        Assert.Equal(province, place.Province.Id);
        Assert.Equal(kind, place.Kind);
    }

    [Theory]
    [InlineData("dn")]
    [InlineData("Atlantis")]
    [InlineData("")]
    public void Unknown_or_inexact_short_names_are_null(string name) => Assert.Null(Gazetteer.Lookup(name));

    [Fact]
    public void Coordinates_are_inside_vietnam() =>
        Assert.All(Gazetteer.Names, n =>
        {
            Assert.InRange(n.Latitude, 8, 24);
            Assert.InRange(n.Longitude, 102, 110);
        });

    [Theory]
    [InlineData("x,Nơi,province,21,105,,\ny,Nơi,village,21,105,,", 3, "kind")]
    [InlineData("x,Nơi,province,91,105,,", 2, "latitude")]
    [InlineData("x,Nơi,province,21,105", 2, "7 comma-separated")]
    [InlineData("x,A,city,21,105,,\nx,B,city,21,105,,", 3, "duplicate")]
    public void Bad_rows_report_file_and_line(string csv, int line, string problem)
    {
        var e = Assert.Throws<GazetteerFormatException>(() =>
            Gazetteer.Parse("p.csv", new StringReader("# header\n" + csv), "c.csv", TextReader.Null));
        Assert.Equal(line, e.Line);
        Assert.StartsWith($"p.csv:{line}:", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Commune_with_unknown_province_reports_line()
    {
        var e = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Parse(
            "p.csv", new StringReader("x,A,city,21,105,,"), "c.csv", new StringReader("x,B,area,21,105,A\nnope,C,area,21,105,A")));
        Assert.Equal("c.csv", e.File);
        Assert.Equal(2, e.Line);
    }
}
