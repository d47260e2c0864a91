using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

public sealed class MemorySmsStoreTests : SmsStoreContract
{
    protected override IOutbox Outbox { get; } = new MemoryOutbox();

    protected override ISmsStore Store { get; } = new MemorySmsStore(TimeProvider.System);

    protected override IInbox Inbox => field ??= new MemoryInbox(Store);

    protected override bool Durable => false;

    /// <summary>Memory lives in one process: its outbox puts back what it holds; its inbox keeps nothing in flight.</summary>
    protected override Task<IOutbox> OutboxAfterCrashAsync() => Task.FromResult(Outbox);

    protected override Task<IInbox> InboxAfterCrashAsync() => Task.FromResult(Inbox);
}
