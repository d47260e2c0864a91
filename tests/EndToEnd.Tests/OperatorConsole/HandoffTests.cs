using System.Net;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Referral.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A citizen on web chat asks for a human; an operator takes the case in the console, they talk, the case closes.</summary>
public sealed class HandoffTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    [Fact]
    public async Task Citizen_and_operator_talk_through_the_console_and_the_bot_stays_silent_until_the_case_closes()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.BotSaysAsync();
        using var lan = await fixture.SignedInAsync("op-lan");

        await citizen.SayAsync("gặp tư vấn viên");
        var queued = await citizen.ReceiveAsync();

        var told = queued.Where(IsBotMessage).Select(Text).ToList();
        Assert.Contains(told, t => t.Contains("vị trí số", StringComparison.Ordinal) && t.Contains("113", StringComparison.Ordinal));
        var initiate = queued.Single(a => a["type"]!.GetValue<string>() == "event" && a["name"]?.GetValue<string>() == "handoff.initiate");
        Assert.Equal("Transcript", initiate["attachments"]![0]!["name"]!.GetValue<string>());
        var caseId = initiate["value"]!["caseId"]!.GetValue<string>();
        var queue = await lan.GetJsonAsync("/console/api/queue");
        var item = queue["queue"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == caseId)!;
        Assert.Equal("directline", item["channel"]!.GetValue<string>());
        Assert.Null(item["phone"]);

        await lan.ClaimAsync(caseId);
        var joined = await citizen.ReceiveAsync();
        Assert.Contains(joined.Where(IsBotMessage).Select(Text), t => t.StartsWith("Một tư vấn viên đã vào", StringComparison.Ordinal));
        Assert.Contains(joined, a => a["name"]?.GetValue<string>() == "handoff.status" && a["value"]!["state"]!.GetValue<string>() == "accepted");

        var typing = await citizen.SendAsync(HttpMethod.Post, $"/conversations/{citizen.ConversationId}/activities",
            new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = citizen.UserId, ["role"] = "user" } }.ToJsonString());
        typing.EnsureSuccessStatusCode();
        Assert.Equal("citizen", await fixture.Server.Services.GetRequiredService<HotlineBot.Handoff.HandoffStore>().TypingAsync(caseId));
        await citizen.SayAsync("Tôi không biết phải làm gì nữa");
        Assert.DoesNotContain(await citizen.ReceiveAsync(), IsBotMessage);
        var transcript = (await lan.GetJsonAsync($"/console/api/cases/{caseId}/transcript")).AsArray();
        Assert.Contains(transcript, l => l!["from"]!.GetValue<string>() == "citizen" && l["text"]!.GetValue<string>() == "Tôi không biết phải làm gì nữa");

        Assert.Equal(HttpStatusCode.NoContent, (await lan.PostAsync($"/console/api/cases/{caseId}/typing")).StatusCode);
        var relayed = await citizen.ReceiveAsync();
        Assert.Contains(relayed, a => a["type"]!.GetValue<string>() == "typing" && a["from"]!["role"]!.GetValue<string>() == "bot");
        await lan.SayAsync(caseId, "Chào bạn, bạn có an toàn để nhắn tin lúc này không?");
        relayed = await citizen.ReceiveAsync();
        var fromOperator = relayed.Single(IsBotMessage);
        Assert.Equal("Chào bạn, bạn có an toàn để nhắn tin lúc này không?", Text(fromOperator));
        Assert.Equal("Tư vấn viên", fromOperator["from"]!["name"]!.GetValue<string>());

        await citizen.SayAsync("Anh ta đang cầm dao đòi giết tôi");
        var emergency = (await citizen.ReceiveAsync()).Where(IsBotMessage).Select(Text).ToList();
        Assert.Contains(emergency, t => t.Contains("113", StringComparison.Ordinal));
        var live = (await lan.GetJsonAsync($"/console/api/cases/{caseId}/transcript")).AsArray();
        Assert.Contains(live, l => l!["text"]!.GetValue<string>() == "Anh ta đang cầm dao đòi giết tôi");

        var closed = await lan.PostAsync($"/console/api/cases/{caseId}/close", new JsonObject { ["outcome"] = "counselled" });
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        var goodbye = await citizen.ReceiveAsync();
        Assert.Contains(goodbye.Where(IsBotMessage).Select(Text), t => t.Contains("kết thúc", StringComparison.Ordinal) && t.Contains("1800 1768", StringComparison.Ordinal));
        Assert.Contains(goodbye, a => a["name"]?.GetValue<string>() == "handoff.status" && a["value"]!["state"]!.GetValue<string>() == "completed");

        await citizen.SayAsync("menu");
        Assert.Contains(await citizen.ReceiveAsync(), IsBotMessage);
    }

    [Fact]
    public async Task A_second_operator_cannot_claim_a_case_already_taken_nor_read_it()
    {
        var caseId = await QueueCitizenAsync();
        using var lan = await fixture.SignedInAsync("op-lan");
        using var minh = await fixture.SignedInAsync("op-minh");

        await lan.ClaimAsync(caseId);
        var second = await minh.PostAsync($"/console/api/cases/{caseId}/claim");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await minh.GetAsync($"/console/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await minh.PostAsync($"/console/api/cases/{caseId}/messages", new JsonObject { ["text"] = "xin chào" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lan.GetAsync($"/console/api/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task Reading_a_case_and_its_transcript_and_every_change_are_in_the_audit_stream_with_actor_and_time()
    {
        var caseId = await QueueCitizenAsync();
        using var lan = await fixture.SignedInAsync("op-lan");
        var lanId = (await lan.GetJsonAsync("/console/api/me"))["id"]!.GetValue<string>();

        await lan.ClaimAsync(caseId);
        await lan.GetJsonAsync($"/console/api/cases/{caseId}");
        await lan.GetJsonAsync($"/console/api/cases/{caseId}/transcript");
        await lan.PostAsync($"/console/api/cases/{caseId}/notes", new JsonObject { ["text"] = "[TEST] hẹn gọi lại tối nay" });
        await lan.PostAsync($"/console/api/cases/{caseId}/close", new JsonObject { ["outcome"] = "safety-plan" });

        var audit = await fixture.Server.Services.GetRequiredService<RedisPlaceStore>().ReadAuditAsync(500);
        var mine = audit.Where(a => a.Entity == "case:" + caseId).ToList();
        Assert.Equal(["create", "claim", "transition", "view", "view-transcript", "note", "transition"], mine.Select(a => a.Action));
        Assert.All(mine.Skip(1), a => Assert.Equal(lanId, a.Who));
        Assert.All(mine, a => Assert.True(DateTimeOffset.TryParse(a.At, out var at) && at > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Contains("safety-plan", mine[^1].After);
        Assert.DoesNotContain(mine, a => a.After.Contains("hẹn gọi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_case_view_shows_cues_and_nearby_places_including_operators_only_ones_but_never_in_the_queue_a_phone()
    {
        var places = fixture.Server.Services.GetRequiredService<RedisPlaceStore>();
        var hidden = new Place("test-hidden-01", HelpKind.TrustedAddress, "[TEST] Nhà an toàn kín", "[TEST]", "ha-noi", "Hoàn Kiếm", "[TEST] số 1 ngõ bí mật",
            21.0285, 105.8542, ["0000 000 111"], OpeningSchedule.Always, 4, 2, new PlaceServices(true, false, true, true, ["vi"]),
            PlaceStatus.Active, PlaceVisibility.OperatorsOnly, "test", null, true);
        await places.UpsertAsync(hidden, "test");
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.SayAsync("chồng tôi cầm dao dọa giết tôi", new JsonObject
        {
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "GeoCoordinates", ["latitude"] = 21.03, ["longitude"] = 105.85 }),
        });
        await citizen.ReceiveAsync();
        await citizen.SayAsync("gap tu van vien");
        var caseId = (await citizen.ReceiveAsync()).Single(a => a["name"]?.GetValue<string>() == "handoff.initiate")["value"]!["caseId"]!.GetValue<string>();
        using var lan = await fixture.SignedInAsync("op-lan");

        var item = (await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == caseId)!;
        Assert.Equal("high", item["risk"]!.GetValue<string>());
        Assert.NotEmpty(item["cues"]!.AsArray());
        await lan.ClaimAsync(caseId);
        var view = await lan.GetJsonAsync($"/console/api/cases/{caseId}");

        var place = view["places"]!.AsArray().First(p => p!["id"]!.GetValue<string>() == "test-hidden-01")!;
        Assert.Equal("[TEST] số 1 ngõ bí mật", place["address"]!.GetValue<string>());
        Assert.Equal("operators-only", place["visibility"]!.GetValue<string>());
        Assert.Equal("high", view["risk"]!.GetValue<string>());

        var referred = await lan.PostAsync($"/console/api/cases/{caseId}/refer", new JsonObject { ["placeId"] = "test-hidden-01" });
        Assert.Equal(HttpStatusCode.NoContent, referred.StatusCode);
        Assert.Equal(1, (await places.GetAsync("test-hidden-01"))!.CapacityAvailable);
        Assert.Equal("referred", (await lan.GetJsonAsync($"/console/api/cases/{caseId}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_case_whose_web_chat_has_expired_can_still_be_claimed_and_closed_and_messages_get_409_not_500()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.SayAsync("gặp tư vấn viên");
        var caseId = (await citizen.ReceiveAsync()).Single(a => a["name"]?.GetValue<string>() == "handoff.initiate")["value"]!["caseId"]!.GetValue<string>();
        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(fixture.Redis.ConnectionString);
        await redis.GetDatabase().KeyDeleteAsync([$"hb:dl:{{{citizen.ConversationId}}}:meta", $"hb:dl:{{{citizen.ConversationId}}}:log"]);
        using var lan = await fixture.SignedInAsync("op-lan");

        await lan.ClaimAsync(caseId);
        var message = await lan.PostAsync($"/console/api/cases/{caseId}/messages", new JsonObject { ["text"] = "chào bạn" });
        var closed = await lan.PostAsync($"/console/api/cases/{caseId}/close", new JsonObject { ["outcome"] = "no-response" });

        Assert.Equal(HttpStatusCode.Conflict, message.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
    }

    private async Task<string> QueueCitizenAsync()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.SayAsync("gặp tư vấn viên");
        return (await citizen.ReceiveAsync()).Single(a => a["name"]?.GetValue<string>() == "handoff.initiate")["value"]!["caseId"]!.GetValue<string>();
    }

    private static bool IsBotMessage(JsonObject a) => a["type"]!.GetValue<string>() == "message" && a["from"]?["role"]?.GetValue<string>() == "bot";

    private static string Text(JsonObject a) => a["text"]?.GetValue<string>() ?? "";
}
