using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Referral.Cases;
using HotlineBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Outside duty hours the bot says so, gives the numbers and — only with consent — keeps a call-back number.</summary>
public sealed class OffDutyTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private HotlineServer _server = null!;

    public async Task InitializeAsync()
    {
        // Duty hours that are certainly not now: a one-minute window twelve hours away.
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var from = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(12), vietnam).DateTime);
        _redis = await RedisServer.StartAsync();
        _server = await HotlineServer.StartAsync(_redis.ConnectionString, new Dictionary<string, string?>
        {
            ["Console:OnDutyFrom"] = from.ToString("HH:mm"),
            ["Console:OnDutyTo"] = from.AddMinutes(1).ToString("HH:mm"),
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Off_duty_the_bot_says_so_and_keeps_a_call_back_number_only_after_the_citizen_agrees()
    {
        using var citizen = new DirectLineClient(_server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.BotSaysAsync();

        await citizen.SayAsync("gap tu van vien");
        var offDuty = await citizen.BotSaysAsync();
        Assert.Contains(offDuty, t => t.StartsWith("Hiện đang ngoài giờ trực", StringComparison.Ordinal) && t.Contains("113", StringComparison.Ordinal));
        Assert.Contains(offDuty, t => t.Contains("gọi lại", StringComparison.Ordinal));
        var store = _server.Services.GetRequiredService<RedisCaseStore>();
        Assert.Equal(0, await store.QueueLengthAsync());

        await citizen.SayAsync("có");
        Assert.Contains(await citizen.BotSaysAsync(), t => t.Contains("số điện thoại an toàn", StringComparison.Ordinal));
        await citizen.SayAsync("0000 000 321");
        Assert.Contains(await citizen.BotSaysAsync(), t => t.StartsWith("Cảm ơn bạn. Tư vấn viên sẽ gọi lại", StringComparison.Ordinal));

        var queued = (await store.QueuedAsync(10)).Single();
        Assert.Null(queued.Phone); // the queue never decrypts it
        Assert.Equal("0000000321", (await store.GetAsync(queued.Id))!.Phone);
        Assert.Contains("callback-requested", queued.Cues);
        Assert.DoesNotContain(_server.LogLines, l => l.Contains("0000 000 321", StringComparison.Ordinal) || l.Contains("0000000321", StringComparison.Ordinal));

        // An operator takes the call-back: they phone; the chat is not taken over and the bot keeps answering.
        await ConsoleFixture.SeedAccountsAsync(_server);
        using var lan = new ConsoleClient(_server.BaseUrl);
        (await lan.LoginAsync("op-lan", ConsoleFixture.Password)).EnsureSuccessStatusCode();
        await lan.ClaimAsync(queued.Id);
        var view = await lan.GetJsonAsync($"/console/api/cases/{queued.Id}");
        Assert.Equal("0000000321", view["phone"]!.GetValue<string>());
        Assert.False(view["canRelay"]!.GetValue<bool>());
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await lan.PostAsync($"/console/api/cases/{queued.Id}/messages", new JsonObject { ["text"] = "chào bạn" })).StatusCode);
        await citizen.SayAsync("menu");
        Assert.Contains(await citizen.BotSaysAsync(), t => t.StartsWith("Bạn cần hỗ trợ gì?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declining_the_call_back_keeps_nothing()
    {
        using var citizen = new DirectLineClient(_server.DirectLineUrl);
        await citizen.StartAsync();
        var before = await _server.Services.GetRequiredService<RedisCaseStore>().QueueLengthAsync();

        await citizen.SayAsync("Gặp tư vấn viên");
        await citizen.SayAsync("không");

        Assert.Contains(await citizen.BotSaysAsync(), t => t.StartsWith("Không sao cả", StringComparison.Ordinal));
        Assert.Equal(before, await _server.Services.GetRequiredService<RedisCaseStore>().QueueLengthAsync());
    }
}
