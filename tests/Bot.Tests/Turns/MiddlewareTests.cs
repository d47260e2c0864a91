using HotlineBot.Activities;
using HotlineBot.Hosting;
using HotlineBot.Tests.State;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Xunit;

namespace HotlineBot.Tests.Turns;

/// <summary>The turn pipeline's own behaviour: order, short-circuit, typing for slow turns, transcripts with a TTL.</summary>
public sealed class MiddlewareTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly IOptions<HotlineOptions> Options = Microsoft.Extensions.Options.Options.Create(new HotlineOptions { TypingDelay = TimeSpan.FromMilliseconds(100) });

    [Fact]
    public async Task Middleware_runs_in_order_around_the_bot_and_can_stop_the_turn()
    {
        var trace = new List<string>();
        var set = new MiddlewareSet([new Tracing("a", trace, callNext: true), new Tracing("b", trace, callNext: true)]);
        await set.RunAsync(NewTurn("hi"), (_, _) => { trace.Add("bot"); return Task.CompletedTask; });
        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], trace);

        trace.Clear();
        var stopping = new MiddlewareSet([new Tracing("a", trace, callNext: false), new Tracing("b", trace, callNext: true)]);
        await stopping.RunAsync(NewTurn("hi"), (_, _) => { trace.Add("bot"); return Task.CompletedTask; });
        Assert.Equal(["a>", "<a"], trace);
    }

    [Fact]
    public async Task A_slow_turn_shows_a_typing_indicator_before_the_answer()
    {
        var delivered = new List<Activity>();
        var runner = new TurnRunner(new MiddlewareSet([new ShowTypingMiddleware(Options)]), new SlowBot(TimeSpan.FromMilliseconds(1500))); // far beyond the 100 ms delay, even on a busy machine

        await runner.RunTurnAsync(Message("có ai không?"), Collect(delivered));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], delivered.Select(a => a.Type));
        Assert.Equal("bot", delivered[0].From!.Role);
    }

    [Fact]
    public async Task A_fast_turn_shows_no_typing_indicator()
    {
        var delivered = new List<Activity>();
        var runner = new TurnRunner(new MiddlewareSet([new ShowTypingMiddleware(Options)]), new SlowBot(TimeSpan.Zero));

        await runner.RunTurnAsync(Message("xin chào"), Collect(delivered));
        await Task.Delay(250);

        Assert.Equal([ActivityTypes.Message], delivered.Select(a => a.Type));
    }

    [Fact]
    public async Task The_transcript_keeps_what_was_said_in_redis_and_expires_with_retention()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new HotlineOptions { TranscriptRetention = TimeSpan.FromMinutes(10) });
        var store = new RedisTranscriptStore(redis.Connection, options, HotlineBot.Tests.Transcripts.TranscriptEncryptionTests.Key);
        var runner = new TurnRunner(new MiddlewareSet([new TranscriptMiddleware(store, NullLogger<TranscriptMiddleware>.Instance), new ShowTypingMiddleware(Options)]), new SlowBot(TimeSpan.FromMilliseconds(300)));
        var conversation = "transcript-" + Guid.NewGuid().ToString("N");

        await runner.RunTurnAsync(Message("tôi cần giúp", conversation), Collect([]));

        var transcript = await store.ReadAsync("test", conversation);
        Assert.Equal(["tôi cần giúp", "Mình đây."], transcript.Select(a => a.Text));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync($"hb:transcript:test:{{{conversation}}}");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    private static ChannelSender Collect(List<Activity> delivered) => (activities, _) =>
    {
        lock (delivered)
        {
            delivered.AddRange(activities);
        }
        return Task.FromResult(activities);
    };

    private static Activity Message(string text, string conversation = "c1") => new()
    {
        Text = text,
        ChannelId = "test",
        Conversation = new ConversationAccount(conversation),
        From = new ChannelAccount("u1", Role: "user"),
    };

    private static TurnContext NewTurn(string text) => new(Message(text), Collect([]));

    private sealed class Tracing(string name, List<string> trace, bool callNext) : ITurnMiddleware
    {
        public async Task OnTurnAsync(TurnContext turn, NextDelegate next, CancellationToken cancellationToken = default)
        {
            trace.Add(name + ">");
            if (callNext)
            {
                await next(cancellationToken);
            }
            trace.Add("<" + name);
        }
    }

    private sealed class SlowBot(TimeSpan delay) : IBot
    {
        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            await turn.SendAsync("Mình đây.", cancellationToken);
        }
    }
}
