using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.DirectLine;

/// <summary>A citizen's <c>typing</c> over Direct Line: no bot turn, nothing in the transcript, never any text kept.</summary>
public sealed class CitizenTypingTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Typing_gets_its_echo_but_no_answer_and_is_not_recorded_even_if_a_client_puts_text_in_it()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();

        for (var i = 0; i < 5; i++)
        {
            var posted = await citizen.SendAsync(HttpMethod.Post, $"/conversations/{citizen.ConversationId}/activities",
                new JsonObject { ["type"] = "typing", ["text"] = "bí mật", ["from"] = new JsonObject { ["id"] = citizen.UserId, ["role"] = "user" } }.ToJsonString());
            posted.EnsureSuccessStatusCode();
        }
        await citizen.SayAsync("2");
        var activities = await citizen.ReceiveAsync();

        var echoes = activities.Where(a => a["type"]!.GetValue<string>() == "typing").ToList();
        Assert.Equal(5, echoes.Count);
        Assert.All(echoes, a => Assert.Null(a["text"]));
        Assert.DoesNotContain("bí mật", string.Join("\n", activities.Select(a => a.ToJsonString())));
        Assert.Single(activities, a => a["type"]!.GetValue<string>() == "message" && a["from"]!["role"]!.GetValue<string>() == "bot"
            && a["text"]!.GetValue<string>().Contains("tư vấn về điều gì", StringComparison.Ordinal)); // one answer, to the message
        var transcript = await service.Server.Services.GetRequiredService<ITranscriptStore>().ReadAsync("directline", citizen.ConversationId);
        Assert.All(transcript, a => Assert.Equal("message", a.Type));
        Assert.DoesNotContain(transcript, a => a.Text == "bí mật");
    }
}
