using System.Diagnostics;
using HotlineBot.Activities;
using HotlineBot.Hosting;
using HotlineBot.State;
using HotlineBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Activity = HotlineBot.Activities.Activity;

namespace HotlineBot.Bench.Dialog;

/// <summary>
/// Drives conversations through our pipeline: <see cref="TurnRunner"/> + <see cref="AutoSaveStateMiddleware"/> over
/// <see cref="MemoryStorage"/> + <see cref="IntakeBot"/>. Every turn loads and saves the conversation's state.
/// </summary>
public sealed class OurDialogRun
{
    private static readonly ChannelAccount User = new("user-1", "Người dùng", "user");

    private readonly TurnRunner _runner = new(
        new MiddlewareSet([new AutoSaveStateMiddleware(new MemoryStorage(), Options.Create(new HotlineOptions()), NullLogger<AutoSaveStateMiddleware>.Instance)]),
        new IntakeBot());

    private int _batch;

    /// <summary>Runs batches of 500 conversations until <paramref name="duration"/> has passed (JIT tiering, caches).</summary>
    public async Task WarmUpAsync(TimeSpan duration, int workers)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await RunAsync($"warmup-{workers}", 500 * workers, workers);
        }
    }

    /// <summary>Runs <paramref name="conversations"/> conversations, split evenly over <paramref name="workers"/> workers that each run theirs one after another.</summary>
    public async Task<(long Turns, TimeSpan Elapsed)> RunAsync(string name, int conversations, int workers)
    {
        var prefix = $"{name}-{Interlocked.Increment(ref _batch)}";
        var perWorker = conversations / workers;
        var clock = Stopwatch.StartNew();
        var turns = workers == 1
            ? [await RunWorkerAsync($"{prefix}-0", perWorker)]
            : await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => RunWorkerAsync($"{prefix}-{w}", perWorker))));
        return (turns.Sum(), clock.Elapsed);
    }

    private async Task<long> RunWorkerAsync(string prefix, int conversations)
    {
        long turns = 0;
        var replies = new List<Activity>(8);
        ChannelSender deliver = (activities, _) =>
        {
            replies.AddRange(activities);
            return Task.FromResult(activities);
        };
        for (var c = 0; c < conversations; c++)
        {
            var conversation = new ConversationAccount($"{prefix}-{c}");
            for (var t = 0; t < IntakeWaterfall.Says.Length; t++)
            {
                var inbound = new Activity
                {
                    Type = ActivityTypes.Message,
                    Id = $"{t}",
                    ChannelId = "bench",
                    Conversation = conversation,
                    From = User,
                    Recipient = ChannelAccount.Bot,
                    Text = IntakeWaterfall.Says[t],
                    Timestamp = DateTimeOffset.UtcNow,
                };
                await _runner.RunTurnAsync(inbound, deliver);
                turns++;
            }
            if (replies.Count != IntakeWaterfall.RepliesPerConversation || replies[^1].Text?.EndsWith(IntakeWaterfall.LastReplyEnding, StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"conversation {conversation.Id}: {replies.Count} replies, last \"{replies.LastOrDefault()?.Text}\"");
            }
            replies.Clear();
        }
        return turns;
    }
}
