using HotlineBot.Referral.Cases;
using HotlineBot.Testing;
using StackExchange.Redis;

namespace HotlineBot.ReferralTests.Cases;

/// <summary>The fault test: kill -9 the Redis server under load; every acknowledged case survives the restart.</summary>
public sealed class CaseDurabilityTests
{
    [Fact]
    public async Task Every_acknowledged_case_survives_kill_9_of_redis()
    {
        var first = await RedisServer.StartAsync();
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using (var redis = await ConnectionMultiplexer.ConnectAsync(first.ConnectionString))
        {
            var store = new RedisCaseStore(redis, TimeProvider.System, CaseFixtures.Options());
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var create = store.CreateAsync(CaseFixtures.Case(), "bot");
                    if (await Task.WhenAny(create, Task.Delay(2000)) != create || create.IsFaulted)
                    {
                        _ = create.ContinueWith(t => t.Exception, TaskScheduler.Default);
                        return;
                    }
                    acknowledged.Add(create.Result);
                }
            })).ToList();
            while (acknowledged.Count < 300)
            {
                await Task.Delay(10);
            }
            first.Kill();
            await Task.WhenAll(writers);
            stop.Cancel();
        }

        await using var second = await RedisServer.StartAsync(first.Port, first.DataFolder);
        using var restarted = await ConnectionMultiplexer.ConnectAsync(second.ConnectionString);
        var after = new RedisCaseStore(restarted, TimeProvider.System, CaseFixtures.Options());
        Assert.True(acknowledged.Count >= 300);
        foreach (var id in acknowledged)
        {
            var c = await after.GetAsync(id);
            Assert.True(c is { Status: CaseStatus.Queued, Phone: "0000 000 999" }, $"acknowledged case {id} lost");
        }
        Assert.True(await after.QueueLengthAsync() >= acknowledged.Count);
        await first.DisposeAsync();
    }
}
