using System.Net;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Handoff;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Handing a case on (operator → operator, supervisor takes over) and the honest wait estimate.</summary>
public sealed class TransferTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    [Fact]
    public async Task An_operator_transfers_a_case_the_citizen_is_told_and_only_the_new_holder_can_talk()
    {
        var (citizen, caseId) = await QueueCitizenAsync();
        using var _ = citizen;
        using var lan = await fixture.SignedInAsync("op-lan");
        using var minh = await fixture.SignedInAsync("op-minh");
        await lan.ClaimAsync(caseId);
        await citizen.ReceiveAsync();

        var transferred = await lan.PostAsync($"/console/api/cases/{caseId}/transfer", new JsonObject { ["to"] = "op-minh" });

        Assert.Equal(HttpStatusCode.NoContent, transferred.StatusCode);
        Assert.Contains(await citizen.BotSaysAsync(), t => t.StartsWith("Bạn đang được chuyển tới một tư vấn viên khác", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await lan.PostAsync($"/console/api/cases/{caseId}/messages", new JsonObject { ["text"] = "còn đó không?" })).StatusCode);
        await minh.SayAsync(caseId, "Chào bạn, mình tiếp tục nhé.");
        Assert.Contains("Chào bạn, mình tiếp tục nhé.", await citizen.BotSaysAsync());
        var mine = (await minh.GetJsonAsync("/console/api/queue"))["mine"]!.AsArray();
        Assert.Contains(mine, c => c!["id"]!.GetValue<string>() == caseId);
        Assert.Equal(HttpStatusCode.BadRequest, (await minh.PostAsync($"/console/api/cases/{caseId}/transfer", new JsonObject { ["to"] = "ctv-binh" })).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_sees_every_live_case_and_takes_one_over()
    {
        var (citizen, caseId) = await QueueCitizenAsync();
        using var _ = citizen;
        using var lan = await fixture.SignedInAsync("op-lan");
        using var hoa = await fixture.SignedInAsync("sup-hoa");
        await lan.ClaimAsync(caseId);

        var live = (await hoa.GetJsonAsync("/console/api/supervise/cases")).AsArray();
        Assert.Contains(live, c => c!["id"]!.GetValue<string>() == caseId);
        Assert.Equal(HttpStatusCode.NoContent, (await hoa.PostAsync($"/console/api/supervise/cases/{caseId}/takeover")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await lan.GetAsync($"/console/api/cases/{caseId}")).StatusCode);
        Assert.True((await hoa.GetJsonAsync($"/console/api/cases/{caseId}"))["heldByMe"]!.GetValue<bool>());
    }

    [Fact]
    public async Task With_two_operators_online_the_citizen_hears_an_estimate_from_the_queue_position()
    {
        var store = fixture.Server.Services.GetRequiredService<HandoffStore>();
        await store.HeartbeatAsync("u-estimate-1");
        await store.HeartbeatAsync("u-estimate-2");
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.BotSaysAsync();
        var ahead = await fixture.Server.Services.GetRequiredService<HotlineBot.Referral.Cases.RedisCaseStore>().QueueLengthAsync();
        var online = await store.OperatorsOnlineAsync();

        await citizen.SayAsync("gặp tư vấn viên");

        var minutes = (int)Math.Ceiling((ahead + 1) * 15.0 / online);
        Assert.Contains(await citizen.BotSaysAsync(), t => t.Contains($"vị trí số {ahead + 1} trong hàng chờ, ước tính khoảng {minutes} phút", StringComparison.Ordinal));
        await store.OfflineAsync("u-estimate-1");
        await store.OfflineAsync("u-estimate-2");
    }

    private async Task<(DirectLineClient Citizen, string CaseId)> QueueCitizenAsync()
    {
        var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.SayAsync("gặp tư vấn viên");
        var caseId = (await citizen.ReceiveAsync()).Single(a => a["name"]?.GetValue<string>() == "handoff.initiate")["value"]!["caseId"]!.GetValue<string>();
        return (citizen, caseId);
    }
}
