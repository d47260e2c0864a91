using System.Globalization;
using HotlineBot.Activities;
using HotlineBot.Hosting;
using HotlineBot.State;
using HotlineBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HotlineBot.Tests.Testing;

/// <summary>
/// A conversation with a bot, written as a script: <c>Send</c> what the user says, <c>AssertReply</c> what they
/// should see, then <c>await StartTestAsync()</c>. Runs the real turn pipeline with the state middleware over
/// <paramref name="storage"/>; pass the same storage to a second flow to simulate a restart. A reply nobody
/// asserted fails the test at the next <c>Send</c> or at the end, so the script is all the user saw.
/// </summary>
/// <param name="middleware">More middleware after the state middleware (e.g. triage), as in the service.</param>
public sealed class TestFlow(IBot bot, IStorage? storage = null, string conversationId = "conv-1", IEnumerable<ITurnMiddleware>? middleware = null)
{
    private readonly List<Func<Task>> _script = [];
    private readonly Queue<Activity> _replies = new();
    private readonly TurnRunner _runner = new(
        new MiddlewareSet([new AutoSaveStateMiddleware(storage ?? new MemoryStorage(), Options.Create(new HotlineOptions()), NullLogger<AutoSaveStateMiddleware>.Instance), .. middleware ?? []]),
        bot);
    private Activity? _lastReply;
    private int _turn;

    public TestFlow Send(string text) => Send(new Activity { Text = text });

    public TestFlow Send(Activity activity) => Then(async () =>
    {
        AssertNothingUnread();
        _turn++;
        var inbound = activity with
        {
            Id = activity.Id ?? $"user-{_turn}",
            ChannelId = activity.ChannelId ?? "test",
            Conversation = activity.Conversation ?? new ConversationAccount(conversationId),
            From = activity.From ?? new ChannelAccount("user-1", "Người dùng", "user"),
            Recipient = activity.Recipient ?? ChannelAccount.Bot,
        };
        await _runner.RunTurnAsync(inbound, Deliver);
    });

    public TestFlow AssertReply(string text) => Then(() => Assert.Equal(text, NextReply(text).Text));

    public TestFlow AssertReplyContains(string fragment) => Then(() => Assert.Contains(fragment, NextReply(fragment).Text ?? ""));

    /// <summary>The quick replies under the last asserted reply, in order (none: no quick replies).</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) => Then(() =>
    {
        Assert.NotNull(_lastReply);
        Assert.Equal(titles, _lastReply.SuggestedActions?.Actions.Select(a => a.Title) ?? []);
    });

    /// <summary>
    /// Adds a <c>.chat</c> transcript to the script: <c>user: text</c>, <c>bot: text</c> (<c>\n</c> for a line break),
    /// <c>actions: A | B</c> (quick replies of the bot line above), <c>location: lat, lon</c> (the user shares a location).
    /// In a <c>bot:</c> line, <c>\n</c> stands for a line break within one message.
    /// Blank lines and <c># comments</c> are skipped.
    /// </summary>
    public TestFlow Replay(string chatFile)
    {
        var path = Path.Combine(AppContext.BaseDirectory, chatFile);
        foreach (var (line, number) in File.ReadAllLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':');
            var (verb, rest) = colon < 0 ? (line, "") : (line[..colon].Trim(), line[(colon + 1)..].Trim());
            _ = verb switch
            {
                "user" => Send(rest),
                "bot" => AssertReply(rest.Replace("\\n", "\n", StringComparison.Ordinal)),
                "actions" => AssertSuggestedActions(rest.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
                "location" => Send(SharedLocation(rest)),
                _ => throw new FormatException($"{chatFile}:{number}: expected user:, bot:, actions: or location:, got \"{line}\""),
            };
        }
        return this;
    }

    /// <summary>Runs <paramref name="action"/> at this point of the script (e.g. moves a test clock on).</summary>
    public TestFlow Do(Action action) => Then(action);

    /// <summary>Awaits <paramref name="action"/> at this point of the script (e.g. disables an account in Redis).</summary>
    public TestFlow DoAsync(Func<Task> action) => Then(action);

    public async Task StartTestAsync()
    {
        foreach (var step in _script)
        {
            await step();
        }
        AssertNothingUnread();
    }

    private static Activity SharedLocation(string latLon)
    {
        var parts = latLon.Split(',', StringSplitOptions.TrimEntries);
        return new Activity
        {
            Entities = [Entity.GeoCoordinates(double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture))],
        };
    }

    private TestFlow Then(Func<Task> step)
    {
        _script.Add(step);
        return this;
    }

    private TestFlow Then(Action step) => Then(() =>
    {
        step();
        return Task.CompletedTask;
    });

    private Activity NextReply(string expected)
    {
        Assert.True(_replies.Count > 0, $"Expected the bot to say \"{expected}\" but it said nothing more.");
        _lastReply = _replies.Dequeue();
        return _lastReply;
    }

    private void AssertNothingUnread() =>
        Assert.True(_replies.Count == 0, $"The bot also said \"{_replies.FirstOrDefault()?.Text}\", which the test did not expect.");

    private Task<IReadOnlyList<Activity>> Deliver(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            _replies.Enqueue(activity);
        }
        return Task.FromResult(activities);
    }
}
