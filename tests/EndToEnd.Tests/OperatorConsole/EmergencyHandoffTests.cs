using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A case the emergency dialog queues is announced like one asked for with "Gặp tư vấn viên", so an agent hub could take it.</summary>
public sealed class EmergencyHandoffTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    [Fact]
    public async Task An_emergency_case_queued_from_web_chat_is_announced_with_handoff_initiate_and_the_transcript()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.BotSaysAsync();
        await citizen.SayAsync("chồng tôi đang cầm dao dọa giết tôi");
        await citizen.ReceiveAsync();
        await citizen.SayAsync("có"); // safe to keep chatting
        await citizen.ReceiveAsync();

        await citizen.SayAsync("bỏ qua"); // where: rather not say
        var queued = await ReceiveUntilAsync(citizen, a => a["name"]?.GetValue<string>() == "handoff.initiate");

        var initiate = queued.Single(a => a["name"]?.GetValue<string>() == "handoff.initiate");
        Assert.Equal("high", initiate["value"]!["risk"]!.GetValue<string>());
        var said = initiate["attachments"]![0]!["content"]!["activities"]!.AsArray();
        Assert.Contains(said, a => a!["text"]?.GetValue<string>() == "chồng tôi đang cầm dao dọa giết tôi");
        var caseId = initiate["value"]!["caseId"]!.GetValue<string>();
        using var lan = await fixture.SignedInAsync("op-lan");
        var queue = (await lan.GetJsonAsync("/console/api/queue"))["queue"]!.AsArray();
        Assert.Contains(queue, q => q!["id"]!.GetValue<string>() == caseId);
    }

    private static async Task<List<JsonObject>> ReceiveUntilAsync(DirectLineClient citizen, Func<JsonObject, bool> seen)
    {
        var received = new List<JsonObject>();
        for (var i = 0; i < 50 && !received.Any(seen); i++)
        {
            received.AddRange(await citizen.ReceiveAsync());
            await Task.Delay(received.Any(seen) ? 0 : 100);
        }
        return received;
    }
}
