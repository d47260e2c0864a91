using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.State;
using HotlineBot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.Operations;

/// <summary>Logs are read by many people; what a citizen writes must never reach them.</summary>
public sealed class LogPrivacyTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task No_log_line_carries_message_text_a_name_a_phone_number_or_a_token()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.SayAsync("Tôi tên Nguyễn Thị Hoa, số của tôi 0912 345 678");
        await citizen.SayAsync("cứu tôi với, chồng tôi Trần Văn Bình đang đánh tôi ở xã Thạch Hà");
        await citizen.SayAsync("{\"type\":\"message\",\"text\":\"0987654321\"}");
        await citizen.SendAsync(HttpMethod.Post, $"/conversations/{citizen.ConversationId}/activities", "{\"type\":\"message\",\"text\":\"Lê Thị Mai 0903111222\"");
        await citizen.ReceiveAsync();

        var logs = string.Join("\n", service.Server.LogLines);

        Assert.NotEmpty(service.Server.LogLines);
        foreach (var secret in new[] { "Nguyễn Thị Hoa", "Hoa", "0912", "345 678", "Trần Văn Bình", "Thạch Hà", "đánh", "0987654321", "Lê Thị Mai", "0903111222", citizen.Token })
        {
            Assert.DoesNotContain(secret, logs);
        }
    }

    [Fact]
    public async Task A_failing_turn_is_logged_by_conversation_id_and_the_citizen_still_gets_the_numbers()
    {
        await using var server = await HotlineServer.StartAsync(service.Redis.ConnectionString, services: s => s.AddSingleton<IBot, BrokenBot>());
        using var citizen = new DirectLineClient(server.DirectLineUrl);
        await citizen.StartAsync();

        await citizen.SayAsync("Số tôi là 0912345678");

        var reply = Assert.Single(await citizen.BotSaysAsync());
        Assert.Contains("113", reply);
        Assert.Contains("sự cố", reply);
        Assert.Contains(server.LogLines, line => line.Contains("Turn failed") && line.Contains(citizen.ConversationId));
        Assert.DoesNotContain(server.LogLines, line => line.Contains("0912345678"));
    }

    [Fact]
    public async Task A_conversation_whose_state_cannot_be_read_starts_over_instead_of_failing_every_turn()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();
        var storage = service.Server.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(ConversationState.KeyFor("directline", citizen.ConversationId), "{not json", "*");

        await citizen.SayAsync("alo");

        var replies = await citizen.BotSaysAsync();
        Assert.Contains("113", replies[0]);
        Assert.Equal("Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.", replies[^1]);
        Assert.Contains(service.Server.LogLines, line => line.Contains("could not be read") && line.Contains(citizen.ConversationId));
    }

    /// <summary>A bot with a bug: every message turn throws (with the text in the exception, as careless code might).</summary>
    private sealed class BrokenBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default) =>
            turn.Activity.Type == "message" ? throw new InvalidOperationException("bug") : Task.CompletedTask;
    }
}
