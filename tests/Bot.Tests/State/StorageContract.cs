using System.Runtime.CompilerServices;
using HotlineBot.State;
using Xunit;

namespace HotlineBot.Tests.State;

/// <summary>
/// What every <see cref="IStorage"/> must do. Each store runs this same suite (memory and Redis subclasses);
/// every test uses its own key, derived from its name, so tests sharing one server never collide.
/// </summary>
public abstract class StorageContract
{
    protected abstract IStorage Storage { get; }

    /// <summary>Waits long enough for a short TTL to pass on this store.</summary>
    protected abstract Task LetTimePassAsync(TimeSpan span);

    private string Key([CallerMemberName] string test = "") => $"contract/{GetType().Name}/{test}/{Guid.NewGuid():N}";

    [Fact]
    public async Task Reading_a_key_never_written_gives_nothing()
    {
        Assert.Null(await Storage.ReadAsync(Key()));
    }

    [Fact]
    public async Task What_is_written_is_read_back_with_the_etag_the_write_returned()
    {
        var key = Key();
        var etag = await Storage.WriteAsync(key, "{\"province\":\"Hà Tĩnh\"}", eTag: null);

        var item = await Storage.ReadAsync(key);

        Assert.Equal("{\"province\":\"Hà Tĩnh\"}", item!.Json);
        Assert.Equal(etag, item.ETag);
    }

    [Fact]
    public async Task A_write_with_the_current_etag_succeeds_and_changes_the_etag()
    {
        var key = Key();
        var first = await Storage.WriteAsync(key, "1", null);

        var second = await Storage.WriteAsync(key, "2", first);

        Assert.NotEqual(first, second);
        Assert.Equal("2", (await Storage.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var key = Key();
        var stale = await Storage.WriteAsync(key, "1", null);
        await Storage.WriteAsync(key, "2", stale);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(key, "3", stale));
        Assert.Equal("2", (await Storage.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Creating_a_key_that_already_exists_is_refused()
    {
        var key = Key();
        await Storage.WriteAsync(key, "1", null);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(key, "2", null));
    }

    [Fact]
    public async Task A_write_with_an_etag_on_a_missing_key_is_refused()
    {
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Key(), "1", "some-etag"));
    }

    [Fact]
    public async Task A_star_etag_writes_whatever_is_there()
    {
        var key = Key();
        await Storage.WriteAsync(key, "1", null);

        await Storage.WriteAsync(key, "2", "*");
        await Storage.WriteAsync(Key() + "-new", "3", "*");

        Assert.Equal("2", (await Storage.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Deleting_removes_the_document_and_deleting_again_is_fine()
    {
        var key = Key();
        await Storage.WriteAsync(key, "1", null);

        await Storage.DeleteAsync(key);
        await Storage.DeleteAsync(key);

        Assert.Null(await Storage.ReadAsync(key));
    }

    [Fact]
    public async Task Of_two_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var key = Key();
        var etag = await Storage.WriteAsync(key, "0", null);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            try
            {
                await Storage.WriteAsync(key, i.ToString(), etag);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task A_document_with_a_time_to_live_is_gone_after_it()
    {
        var key = Key();
        await Storage.WriteAsync(key, "personal", null, TimeSpan.FromMilliseconds(300));
        Assert.NotNull(await Storage.ReadAsync(key));

        await LetTimePassAsync(TimeSpan.FromMilliseconds(600));

        Assert.Null(await Storage.ReadAsync(key));
    }

    [Fact]
    public async Task Vietnamese_text_round_trips_exactly()
    {
        var key = Key();
        const string json = "{\"text\":\"Chồng tôi đánh tôi, tôi đang ở Hà Tĩnh 😢\"}";
        await Storage.WriteAsync(key, json, null);

        Assert.Equal(json, (await Storage.ReadAsync(key))!.Json);
    }
}
