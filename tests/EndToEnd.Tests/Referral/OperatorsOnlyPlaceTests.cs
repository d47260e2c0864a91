using System.Text.Json.Nodes;
using HotlineBot.Channels.Sms;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.EndToEnd.Sms;
using HotlineBot.Referral.Directory;
using StackExchange.Redis;

namespace HotlineBot.EndToEnd.Referral;

/// <summary>
/// The privacy test, over both channels of the running service: a trusted address that is a private home
/// (operators-only) is offered by its kind, commune, distance and phone — and its name and street address appear in
/// nothing sent to the citizen, neither in any Direct Line activity nor in any SMS. The emergency leaves one
/// high-priority case in the operators' queue with the coarse area and the places offered, and no message text.
/// </summary>
public sealed class OperatorsOnlyPlaceTests : SmsFixture
{
    private const string HomeName = "[DEMO] Nhà cô Zephyrine";
    private const string HomeAddress = "[DEMO] Số 7 hẻm Quixotic";
    private const string HomePhone = "0000 000 702";
    private static readonly string[] Secrets = [HomeName, HomeAddress, "Zephyrine", "Quixotic"];

    [Fact]
    public async Task Over_direct_line_the_emergency_and_the_shelter_finder_show_a_private_home_by_kind_and_phone_only()
    {
        await SeedAsync();
        using var citizen = new DirectLineClient(Server.DirectLineUrl);
        await citizen.StartAsync();
        var seen = await citizen.ReceiveAsync();

        foreach (var text in new[] { "Tôi đang gặp nguy hiểm", "có", "Thạch Hà" })
        {
            await citizen.SayAsync(text);
            seen.AddRange(await citizen.ReceiveAsync());
        }
        await citizen.SayAsync("Tìm nơi tạm lánh");
        seen.AddRange(await citizen.ReceiveAsync());
        await citizen.SayAsync("📍", new JsonObject
        {
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "GeoCoordinates", ["latitude"] = 18.3601, ["longitude"] = 105.8551 }),
        });
        seen.AddRange(await citizen.ReceiveAsync());

        var fromBot = seen.Where(a => a["from"]?["role"]?.GetValue<string>() == "bot").ToList();
        var said = string.Join("\n", fromBot.SelectMany(StringsIn));
        var placeLines = fromBot.Select(a => a["text"]?.GetValue<string>() ?? "").Where(t => t.Contains(HomePhone)).ToList();
        Assert.Equal(2, placeLines.Count); // the emergency's places and the shelter finder's
        Assert.All(placeLines, l => Assert.Contains($"Địa chỉ tin cậy ở Thạch Hà: cách 0,8 km, gọi {HomePhone}", l));
        Assert.Contains("[DEMO] Nhà tạm lánh Bình Minh", said); // a public place is named
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, said, StringComparison.OrdinalIgnoreCase));
        await ExpectOneCaseWithoutMessageTextAsync("directline", citizen.ConversationId, "Tôi đang gặp nguy hiểm");
    }

    [Fact]
    public async Task Over_sms_the_emergency_shows_a_private_home_by_kind_and_phone_only()
    {
        await SeedAsync();
        var phone = Phone();

        await SayAsync(phone, "cuu toi voi ck dang danh e", "an toan");
        await SayAsync(phone, "co", "dang o khoang nao");
        await SayAsync(phone, "thach ha", "tu van vien");

        var bodies = Twilio.Sent.Select(m => m.Body).ToList();
        var all = string.Join("\n", bodies);
        Assert.Contains($"Dia chi tin cay o Thach Ha: cach 0,8 km, goi {HomePhone}", all);
        Assert.Contains("113", all);
        Assert.All(Secrets.Concat(Secrets.Select(SmsFolding.RemoveDiacritics)), secret => Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase));
        await ExpectOneCaseWithoutMessageTextAsync("sms", null, "cuu toi voi ck dang danh e", "912345678");
    }

    /// <summary>The emergency queued exactly one case for this conversation (the shelter finder none), and no message text is in it.</summary>
    private async Task ExpectOneCaseWithoutMessageTextAsync(string channel, string? conversationId, params string[] typed)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(Redis.ConnectionString);
        var db = redis.GetDatabase();
        var queued = await db.SortedSetRangeByRankAsync("hb:cases:queue");
        var id = (string)Assert.Single(queued)!;
        var fields = (await db.HashGetAllAsync("hb:case:" + id)).ToDictionary(e => (string)e.Name!, e => (string)e.Value!);
        Assert.Equal((channel, conversationId ?? fields["conversation"], "high", "ha-tinh", "Thạch Hà"), (fields["channel"], fields["conversation"], fields["risk"], fields["province"], fields["commune"]));
        Assert.Equal("e2e-home|e2e-shelter", fields["suggested"]);
        Assert.All(typed, t => Assert.All(fields.Values, v => Assert.DoesNotContain(t, v, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task SayAsync(SmsPhone phone, string text, string replyFragment)
    {
        var before = Twilio.Sent.Count;
        (await phone.SendAsync(text)).EnsureSuccessStatusCode();
        for (var waited = 0; waited < 150; waited++)
        {
            if (Twilio.Sent.Skip(before).Any(m => SmsFolding.RemoveDiacritics(m.Body).Contains(replyFragment, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"no SMS reply containing \"{replyFragment}\" after \"{text}\"");
    }

    /// <summary>The places the service's own directory (prefix hb:) holds: the private home nearest, a public shelter.</summary>
    private async Task SeedAsync()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(Redis.ConnectionString);
        var store = new RedisPlaceStore(redis, TimeProvider.System);
        await store.UpsertAsync(Place("e2e-home", HelpKind.TrustedAddress, HomeName, HomeAddress, 18.3650, 105.8600, HomePhone, PlaceVisibility.OperatorsOnly), "test");
        await store.UpsertAsync(Place("e2e-shelter", HelpKind.CommunityShelter, "[DEMO] Nhà tạm lánh Bình Minh", "[DEMO] Thôn Đông", 18.3400, 105.8700, "0000 000 701", PlaceVisibility.Public), "test");
    }

    private static Place Place(string id, HelpKind kind, string name, string address, double lat, double lon, string phone, PlaceVisibility visibility) =>
        new(id, kind, name, "[DEMO] Tổ chức thử nghiệm", "ha-tinh", "Thạch Hà", address, lat, lon, [phone], OpeningSchedule.Always,
            4, 2, new PlaceServices(true, false, true, true, ["vi"]), PlaceStatus.Active, visibility, "test", new DateOnly(2026, 1, 15), Demo: true);

    /// <summary>Every string value in an activity (text, quick replies, attachments, channel data…), decoded.</summary>
    private static IEnumerable<string> StringsIn(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => StringsIn(p.Value)),
        JsonArray a => a.SelectMany(StringsIn),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
