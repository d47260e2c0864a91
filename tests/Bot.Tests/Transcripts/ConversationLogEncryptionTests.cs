using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Channels.DirectLine;
using HotlineBot.Hosting;
using HotlineBot.Tests.State;
using Microsoft.Extensions.Options;
using Xunit;

namespace HotlineBot.Tests.Transcripts;

/// <summary>The web chat's replay log keeps activities for the channel, encrypted; the stream still gets them as JSON, ids first.</summary>
public sealed class ConversationLogEncryptionTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task The_log_holds_only_ciphertext_and_reads_back_the_activities_with_their_ids_after_ones_from_before()
    {
        var log = new RedisConversationLog(redis.Connection, new ConversationHub(), Options.Create(new HotlineOptions()), TranscriptEncryptionTests.Key);
        var conversation = "dl-" + Guid.NewGuid().ToString("N");
        await log.StartAsync(conversation);
        var db = redis.Connection.GetDatabase();
        await db.ListRightPushAsync($"hb:dl:{{{conversation}}}:log", $$"""{"id":"{{conversation}}|0000001","type":"message","text":"từ trước"}""");

        var appended = await log.AppendAsync(conversation, new Activity { Type = ActivityTypes.Message, Text = "Tôi ở Cẩm Xuyên", From = new ChannelAccount("u1", Role: "user") });
        var page = await log.ReadAsync(conversation, 0);

        Assert.Equal(conversation + "|0000002", appended.Id);
        Assert.Equal(2, page.Watermark);
        var read = page.Activities.Select(a => JsonDocument.Parse(a).RootElement).ToList();
        Assert.Equal(["từ trước", "Tôi ở Cẩm Xuyên"], read.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(conversation + "|0000002", read[1].GetProperty("id").GetString());
        Assert.DoesNotContain("Cẩm", (string)(await db.ListGetByIndexAsync($"hb:dl:{{{conversation}}}:log", 1))!, StringComparison.Ordinal);
    }
}
