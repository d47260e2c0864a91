using HotlineBot.Referral.Directory;

namespace HotlineBot.Tests.Conversation;

/// <summary>
/// Fictitious places of help around Thạch Hà (Hà Tĩnh), for dialog tests. The trusted address is a private home:
/// operators-only, so its name and street must never reach a citizen. The clinic is nearest but of a kind the
/// dialogs do not offer; one shelter is closed and one full, so they come last or not at all.
/// </summary>
public static class HaTinhPlaces
{
    public const string TrustedHomeName = "[DEMO] Nhà bà Hoa Mộc";
    public const string TrustedHomeAddress = "[DEMO] Số 7 ngõ Yên Tĩnh";

    public static readonly Place TrustedHome = Make("ht-trusted-home", HelpKind.TrustedAddress, TrustedHomeName, TrustedHomeAddress,
        18.3650, 105.8600, "0000 000 102", total: 2, available: 1, children: true, visibility: PlaceVisibility.OperatorsOnly);

    public static readonly Place Shelter = Make("ht-shelter", HelpKind.CommunityShelter, "[DEMO] Nhà tạm lánh Bình An", "[DEMO] Thôn Đông",
        18.3400, 105.8700, "0000 000 101", total: 10, available: 4, children: true);

    public static readonly Place Police = Make("ht-police", HelpKind.Police, "[DEMO] Công an xã Thạch Hà", "[DEMO] Thôn Trung",
        18.3750, 105.8450, "0000 000 103", total: 0, available: 0, children: false);

    public static readonly Place FullShelter = Make("ht-full-shelter", HelpKind.CommunityShelter, "[DEMO] Nhà tạm lánh Hướng Dương", "[DEMO] Thôn Tây",
        18.3620, 105.8570, "0000 000 104", total: 8, available: 0, children: true);

    public static readonly Place Clinic = Make("ht-clinic", HelpKind.Health, "[DEMO] Trạm y tế Thạch Hà", "[DEMO] Thôn Bắc",
        18.3601, 105.8551, "0000 000 105", total: 0, available: 0, children: true);

    public static readonly Place ClosedShelter = Make("ht-closed-shelter", HelpKind.CommunityShelter, "[DEMO] Nhà tạm lánh Sen Hồng", "[DEMO] Thôn Nam",
        18.3610, 105.8560, "0000 000 106", total: 6, available: 6, children: true, status: PlaceStatus.TemporarilyClosed);

    public static IReadOnlyList<Place> All { get; } = [TrustedHome, Shelter, Police, FullShelter, Clinic, ClosedShelter];

    public static async Task SeedAsync(RedisPlaceStore store)
    {
        foreach (var place in All)
        {
            await store.UpsertAsync(place, "test");
        }
    }

    private static Place Make(
        string id, HelpKind kind, string name, string address, double lat, double lon, string phone, int total, int available, bool children,
        PlaceVisibility visibility = PlaceVisibility.Public, PlaceStatus status = PlaceStatus.Active) =>
        new(id, kind, name, "[DEMO] Tổ chức thử nghiệm", "ha-tinh", "Thạch Hà", address, lat, lon, [phone], OpeningSchedule.Always,
            total, available, new PlaceServices(children, false, true, total > 0, ["vi"]), status, visibility, "test", new DateOnly(2026, 1, 15), Demo: true);
}
