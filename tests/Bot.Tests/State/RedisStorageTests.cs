using HotlineBot.State;
using HotlineBot.Testing;
using StackExchange.Redis;
using Xunit;

namespace HotlineBot.Tests.State;

/// <summary>The storage contract against a real redis-server.</summary>
public sealed class RedisStorageTests(RedisFixture redis) : StorageContract, IClassFixture<RedisFixture>
{
    protected override IStorage Storage { get; } = new RedisStorage(redis.Connection, Transcripts.TranscriptEncryptionTests.Key);

    protected override Task LetTimePassAsync(TimeSpan span) => Task.Delay(span);

    [Fact]
    public async Task Documents_live_under_the_hb_prefix_with_their_time_to_live()
    {
        await Storage.WriteAsync("directline/conversations/prefix-check", "{}", null, TimeSpan.FromMinutes(5));

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync("hb:directline/conversations/prefix-check");

        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_document_is_kept_encrypted_and_one_written_before_encryption_still_reads()
    {
        var json = """{"risk":"High","dangerAssessment":{"strangled":"yes"}}""";
        await Storage.WriteAsync("directline/conversations/sealed-check", json, null, TimeSpan.FromMinutes(5));
        await redis.Connection.GetDatabase().HashSetAsync("hb:directline/conversations/before-check", [new("d", json), new("e", "old")]);

        var raw = (string)(await redis.Connection.GetDatabase().HashGetAsync("hb:directline/conversations/sealed-check", "d"))!;

        Assert.DoesNotContain("strangled", raw, StringComparison.Ordinal);
        Assert.Equal(json, (await Storage.ReadAsync("directline/conversations/sealed-check"))!.Json);
        Assert.Equal(json, (await Storage.ReadAsync("directline/conversations/before-check"))!.Json);
    }

    [Fact]
    public async Task A_document_sealed_with_another_key_reads_as_empty_and_can_be_written_over()
    {
        var otherKey = Microsoft.Extensions.Options.Options.Create(new HotlineBot.Referral.Cases.CaseOptions { EncryptionKey = Convert.ToBase64String(new byte[32]) });
        var etag = await new RedisStorage(redis.Connection, otherKey).WriteAsync("directline/conversations/rotated-check", """{"risk":"High"}""", null);

        var read = await Storage.ReadAsync("directline/conversations/rotated-check");

        Assert.Equal(("{}", etag), (read!.Json, read.ETag));
        await Storage.WriteAsync("directline/conversations/rotated-check", """{"risk":"Low"}""", read.ETag);
    }
}

/// <summary>One redis-server and one shared multiplexer for a test class.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer _server = null!;

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public string ConnectionString => _server.ConnectionString;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        Connection = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Connection.Dispose();
        await _server.DisposeAsync();
    }
}
