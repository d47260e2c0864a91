using System.Globalization;
using HotlineBot.Content;
using HotlineBot.Referral.Directory;

namespace HotlineBot.Conversation;

/// <summary>
/// Places as a citizen reads them, one short line each: kind, (name of a public place,) commune, distance, phone.
/// Takes <see cref="CitizenView"/> only, so the name and address of an operators-only place are not even at hand.
/// </summary>
public static class PlaceLines
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Render(HotlineContent content, IEnumerable<CitizenView> places) =>
        content.Messages.Render(MessageIds.NearbyFound, ("places", string.Join("\n", places.Select(p => Line(content, p)))));

    public static string Line(HotlineContent content, CitizenView place)
    {
        var kind = content.Messages.Render(KindId(place.Kind));
        var distance = place.DistanceKm.ToString("0.0", Vietnamese);
        return place.Name is { } name
            ? content.Messages.Render(MessageIds.NearbyPlaceNamed, ("kind", kind), ("name", name), ("commune", place.Commune), ("distance", distance), ("phone", place.Phone))
            : content.Messages.Render(MessageIds.NearbyPlace, ("kind", kind), ("commune", place.Commune), ("distance", distance), ("phone", place.Phone));
    }

    private static string KindId(HelpKind kind) => kind switch
    {
        HelpKind.TrustedAddress => MessageIds.PlaceKindTrustedAddress,
        HelpKind.CommunityShelter => MessageIds.PlaceKindCommunityShelter,
        HelpKind.SocialSupportCentre => MessageIds.PlaceKindSocialSupportCentre,
        HelpKind.Police => MessageIds.PlaceKindPolice,
        HelpKind.Health => MessageIds.PlaceKindHealth,
        _ => MessageIds.PlaceKindLegalAid,
    };
}
