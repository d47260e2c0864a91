using HotlineBot.EndToEnd.Infrastructure;
using StackExchange.Redis;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// What a person writes is shown to the operator who holds their case, and nowhere in Redis in clear: not in any key
/// (transcript, Direct Line log, live handoff log, state), nor in the append-only file on disk.
/// </summary>
public sealed class TranscriptAtRestTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string Confided = "Anh Tuấn ở Thạch Hà lại đánh tôi tối qua";
    private const string ToOperator = "Tôi đang trốn ở nhà bà Hoa";

    [Fact]
    public async Task The_operator_reads_what_the_person_wrote_while_no_redis_value_nor_the_aof_file_holds_it()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.BotSaysAsync();
        await citizen.SayAsync(Confided);
        await citizen.ReceiveAsync();
        await citizen.SayAsync("gặp tư vấn viên");
        var caseId = (await citizen.ReceiveAsync()).Single(a => a["name"]?.GetValue<string>() == "handoff.initiate")["value"]!["caseId"]!.GetValue<string>();
        using var lan = await fixture.SignedInAsync("op-lan");
        await lan.ClaimAsync(caseId);
        await citizen.ReceiveAsync();
        await citizen.SayAsync(ToOperator);

        var transcript = (await lan.GetJsonAsync($"/console/api/cases/{caseId}/transcript")).AsArray();
        Assert.Contains(transcript, l => l!["from"]!.GetValue<string>() == "citizen" && l["text"]!.GetValue<string>() == Confided);
        Assert.Contains(transcript, l => l!["from"]!.GetValue<string>() == "citizen" && l["text"]!.GetValue<string>() == ToOperator);

        using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Redis.ConnectionString);
        var everything = await RedisContents.DumpAsync(redis);
        Assert.Contains(everything.Keys, k => k.StartsWith("hb:transcript:", StringComparison.Ordinal));
        Assert.Contains(everything.Keys, k => k.StartsWith("hb:dl:", StringComparison.Ordinal));
        Assert.Contains(everything.Values, v => v.Contains("view-transcript", StringComparison.Ordinal)); // the dump reads streams too
        Assert.Contains(everything.Keys, k => k.StartsWith("hb:directline/conversations/", StringComparison.Ordinal));
        Assert.DoesNotContain(everything.Values, v => v.Contains("riskCues", StringComparison.OrdinalIgnoreCase)); // the conversation state is sealed too
        foreach (var secret in new[] { "Thạch Hà", "Tuấn", "bà Hoa", "Thach Ha" })
        {
            Assert.DoesNotContain(everything, kv => kv.Value.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(secret, RedisContents.AppendOnlyFile(fixture.Redis), StringComparison.OrdinalIgnoreCase);
        }
    }
}
