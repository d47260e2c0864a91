using System.Runtime.CompilerServices;
using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

/// <summary>What both SMS stores (Redis and memory) promise: the outbox order and crash recovery, claims, opt-out, status.</summary>
public abstract class SmsStoreContract
{
    protected abstract IOutbox Outbox { get; }

    protected abstract ISmsStore Store { get; }

    protected abstract IInbox Inbox { get; }

    /// <summary>The outbox as the next process finds it after this one stopped without completing (a crash).</summary>
    protected abstract Task<IOutbox> OutboxAfterCrashAsync();

    /// <summary>The inbox as the next process finds it after this one stopped without completing (a crash).</summary>
    protected abstract Task<IInbox> InboxAfterCrashAsync();

    /// <summary>Whether entries in flight survive the process (Redis) or not (memory).</summary>
    protected abstract bool Durable { get; }

    private static string Me([CallerMemberName] string caller = "") => $"{caller}-{Guid.NewGuid():N}";

    private static OutboxEntry Entry(string body) => new(Guid.NewGuid().ToString("N"), "sms-conv", "sealed", body, DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_outbox_is_first_in_first_out_and_an_entry_left_in_flight_is_taken_again_first_after_recovery()
    {
        while (await Outbox.TakeAsync() is { } stale)
        {
            await Outbox.CompleteAsync(stale);
        }
        await Outbox.RecoverAsync();
        while (await Outbox.TakeAsync() is { } stale)
        {
            await Outbox.CompleteAsync(stale);
        }

        await Outbox.EnqueueAsync(Entry("một"));
        await Outbox.EnqueueAsync(Entry("hai"));
        await Outbox.EnqueueAsync(Entry("ba"));
        Assert.Equal(3, await Outbox.CountAsync());

        var first = await Outbox.TakeAsync();
        var second = await Outbox.TakeAsync();
        Assert.Equal("một", first!.Body);
        Assert.Equal("hai", second!.Body);
        await Outbox.CompleteAsync(first);
        Assert.Equal(2, await Outbox.CountAsync()); // "hai" in flight, "ba" waiting

        var next = await OutboxAfterCrashAsync(); // the process died while sending "hai"
        Assert.Equal(1, await next.RecoverAsync());
        Assert.Equal("hai", (await next.TakeAsync())!.Body);
        var third = await next.TakeAsync();
        Assert.Equal("ba", third!.Body);
        Assert.Null(await next.TakeAsync());
    }

    [Fact]
    public async Task The_inbox_accepts_a_message_sid_once_and_gives_an_entry_left_in_flight_back_after_recovery()
    {
        var sid = Me();
        var entry = new InboxEntry(sid, "sms-conv", "tôi cần giúp", DateTimeOffset.UtcNow, "sealed");
        Assert.True(await Inbox.AcceptAsync(entry, TimeSpan.FromMinutes(5)));
        Assert.False(await Inbox.AcceptAsync(entry with { Text = "retry" }, TimeSpan.FromMinutes(5)));

        InboxEntry? taken;
        do
        {
            taken = await Inbox.TakeAsync();
        }
        while (taken is not null && taken.MessageSid != sid);
        Assert.Equal("tôi cần giúp", taken!.Text);

        // The process stops before completing: after recovery the entry is taken again (when durable).
        var next = await InboxAfterCrashAsync();
        await next.RecoverAsync();
        var again = await next.TakeAsync();
        if (Durable)
        {
            Assert.Equal(sid, again!.MessageSid);
            await next.CompleteAsync(again);
            await next.RecoverAsync();
        }
        Assert.Null(await next.TakeAsync());
    }

    [Fact]
    public async Task A_message_sid_is_claimed_once_until_released()
    {
        var sid = Me();
        Assert.True(await Store.TryClaimMessageAsync(sid, TimeSpan.FromMinutes(5)));
        Assert.False(await Store.TryClaimMessageAsync(sid, TimeSpan.FromMinutes(5)));
        await Store.ReleaseMessageAsync(sid);
        Assert.True(await Store.TryClaimMessageAsync(sid, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_message_sid_have_one_winner()
    {
        var sid = Me();
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store.TryClaimMessageAsync(sid, TimeSpan.FromMinutes(5)))));
        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task Opt_out_and_back_in()
    {
        var conversation = Me();
        Assert.False(await Store.IsOptedOutAsync(conversation));
        await Store.SetOptedOutAsync(conversation, true);
        Assert.True(await Store.IsOptedOutAsync(conversation));
        await Store.SetOptedOutAsync(conversation, false);
        Assert.False(await Store.IsOptedOutAsync(conversation));
    }

    [Fact]
    public async Task The_plain_text_preference_and_delivery_status_are_remembered()
    {
        var conversation = Me();
        Assert.Null(await Store.GetPlainTextAsync(conversation));
        await Store.SetPlainTextAsync(conversation, true, TimeSpan.FromMinutes(5));
        Assert.True(await Store.GetPlainTextAsync(conversation));

        var sid = Me();
        Assert.Null(await Store.GetStatusAsync(sid));
        await Store.RecordStatusAsync(sid, "queued", null, TimeSpan.FromMinutes(5));
        await Store.RecordStatusAsync(sid, "undelivered", "30003", TimeSpan.FromMinutes(5));
        Assert.Equal("undelivered", await Store.GetStatusAsync(sid));
    }

    [Fact]
    public async Task Discreet_mode_is_remembered_until_turned_off_and_offered_once()
    {
        var conversation = Me();
        Assert.False(await Store.IsDiscreetAsync(conversation));
        await Store.SetDiscreetAsync(conversation, true, TimeSpan.FromMinutes(5));
        Assert.True(await Store.IsDiscreetAsync(conversation));
        Assert.False(await Store.IsDiscreetAsync(Me()));
        await Store.SetDiscreetAsync(conversation, false, TimeSpan.FromMinutes(5));
        Assert.False(await Store.IsDiscreetAsync(conversation));

        Assert.True(await Store.TryMarkDiscreetOfferedAsync(conversation, TimeSpan.FromMinutes(5)));
        Assert.False(await Store.TryMarkDiscreetOfferedAsync(conversation, TimeSpan.FromMinutes(5)));
    }
}
