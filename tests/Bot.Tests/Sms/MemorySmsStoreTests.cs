using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

public sealed class MemorySmsStoreTests : SmsStoreContract
{
    protected override IOutbox Outbox { get; } = new MemoryOutbox();

    protected override ISmsStore Store { get; } = new MemorySmsStore(TimeProvider.System);

    protected override IInbox Inbox => field ??= new MemoryInbox(Store);

    protected override bool Durable => false;
}
