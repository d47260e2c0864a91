using HotlineBot.State;

namespace HotlineBot.Tests.State;

public sealed class MemoryStorageTests : StorageContract
{
    private readonly ManualClock _clock = new();

    public MemoryStorageTests() => Storage = new MemoryStorage(_clock);

    protected override IStorage Storage { get; }

    protected override Task LetTimePassAsync(TimeSpan span)
    {
        _clock.Advance(span);
        return Task.CompletedTask;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan span) => _now += span;
    }
}
