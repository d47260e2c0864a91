using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Open console streams end with the session: signing out stops the queue and the case's live lines at once.</summary>
public sealed class StreamSessionTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    [Fact]
    public async Task Signing_out_ends_the_open_queue_and_case_streams()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.SayAsync("gặp tư vấn viên");
        var caseId = (await citizen.ReceiveAsync()).Single(a => a["name"]?.GetValue<string>() == "handoff.initiate")["value"]!["caseId"]!.GetValue<string>();
        using var minh = await fixture.SignedInAsync("op-minh");
        await minh.ClaimAsync(caseId);
        using var queue = await ServerSentEvents.OpenAsync(minh, "/console/api/events");
        using var lines = await ServerSentEvents.OpenAsync(minh, $"/console/api/cases/{caseId}/events");
        await queue.NextAsync("queue");
        await lines.NextAsync("lines");

        await minh.PostAsync("/console/api/logout");

        Assert.True(await queue.EndsAsync(TimeSpan.FromSeconds(10)), "the queue stream ended");
        Assert.True(await lines.EndsAsync(TimeSpan.FromSeconds(10)), "the case stream ended");
    }
}
