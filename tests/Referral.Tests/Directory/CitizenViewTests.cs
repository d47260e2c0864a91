using System.Text.Json;
using HotlineBot.Referral.Directory;

namespace HotlineBot.ReferralTests.Directory;

public sealed class CitizenViewTests
{
    [Fact]
    public void An_operators_only_place_shows_only_kind_commune_distance_and_phone()
    {
        var place = TestPlaces.Make("home-1", 18.34, 105.9, HelpKind.TrustedAddress, PlaceVisibility.OperatorsOnly);

        var view = new PlaceMatch(place, 1.2345).ForCitizen();
        var json = JsonSerializer.Serialize(view);

        Assert.Null(view.Name);
        Assert.Null(view.Address);
        Assert.Equal((HelpKind.TrustedAddress, "Hồng Lĩnh", 1.2, "0000 000 001"), (view.Kind, view.Commune, view.DistanceKm, view.Phone));
        Assert.DoesNotContain("Nhà tạm lánh", json);
        Assert.DoesNotContain("Thử Nghiệm", json);
        Assert.DoesNotContain("home-1", json);
    }

    [Fact]
    public void A_public_place_shows_its_name_and_address()
    {
        var place = TestPlaces.Make("centre-1", 18.34, 105.9, HelpKind.SocialSupportCentre);

        var view = CitizenView.Of(place, 3);

        Assert.Equal(place.Name, view.Name);
        Assert.Equal(place.Address, view.Address);
    }
}
