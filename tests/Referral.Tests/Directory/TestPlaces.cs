using HotlineBot.Referral.Directory;

namespace HotlineBot.ReferralTests.Directory;

/// <summary>Named fictitious places for tests.</summary>
public static class TestPlaces
{
    public static Place Make(
        string id,
        double lat,
        double lon,
        HelpKind kind = HelpKind.CommunityShelter,
        PlaceVisibility visibility = PlaceVisibility.Public,
        int total = 10,
        int available = 5,
        bool children = true,
        string schedule = "24/7",
        PlaceStatus status = PlaceStatus.Active)
    {
        Assert.True(OpeningSchedule.TryParse(schedule, out var s, out var error), error);
        return new Place(
            id,
            kind,
            $"[DEMO] Nhà tạm lánh {id}",
            "[DEMO] Tổ chức thử nghiệm",
            "ha-tinh",
            "Hồng Lĩnh",
            $"[DEMO] Số {id.Length} đường Thử Nghiệm",
            lat,
            lon,
            ["0000 000 001"],
            s,
            total,
            available,
            new PlaceServices(children, false, true, true, ["vi"]),
            status,
            visibility,
            "test",
            new DateOnly(2026, 1, 15),
            Demo: true);
    }
}
