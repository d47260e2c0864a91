using HotlineBot.Nearby;
using HotlineBot.Referral.Gazetteer;

namespace HotlineBot.Tests.Nearby;

/// <summary>What a person types (or shares) when asked where they are, and the area it resolves to.</summary>
public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = new(Gazetteer.Load(AppContext.BaseDirectory));

    [Theory]
    [InlineData("Thạch Hà", "Thạch Hà", "ha-tinh")]
    [InlineData("thach ha", "Thạch Hà", "ha-tinh")]
    [InlineData("em ở xã Can Lộc, Hà Tĩnh", "Can Lộc", "ha-tinh")]
    [InlineData("tỉnh Hà Tĩnh", "Hà Tĩnh", "ha-tinh")]
    [InlineData("hai duong", "Hải Dương", "hai-phong")] // a former province: now inside Hải Phòng
    [InlineData("Bắc Giang", "Bắc Giang", "bac-ninh")]
    [InlineData("o sai gon", "Sài Gòn", "ho-chi-minh")]
    public void A_typed_commune_or_province_resolves_with_or_without_diacritics(string typed, string name, string province)
    {
        var place = Resolver.Resolve(typed);

        Assert.NotNull(place);
        Assert.Equal((name, province), (place.Name, place.Province.Id));
    }

    [Theory]
    [InlineData("o gan cho")]
    [InlineData("chồng tôi đánh tôi")]
    [InlineData("không biết")]
    [InlineData("nhà")]
    public void Words_that_name_no_place_resolve_to_nothing(string typed) =>
        Assert.Null(Resolver.Resolve(typed));

    [Fact]
    public void A_shared_point_near_a_known_commune_is_named_by_it_and_elsewhere_by_the_nearest_province()
    {
        var nearThachHa = Resolver.AreaAround(18.3601, 105.8551);
        var hoanKiem = Resolver.AreaAround(21.0285, 105.8542);

        Assert.Equal(("Thạch Hà", "ha-tinh"), (nearThachHa.Commune?.Name, nearThachHa.Province.Id));
        Assert.Equal("ha-noi", hoanKiem.Province.Id);
    }
}
