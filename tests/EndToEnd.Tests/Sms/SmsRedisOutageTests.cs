using System.Net;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>Redis is down when a text arrives: the person is answered with the emergency numbers all the same.</summary>
public sealed class SmsRedisOutageTests : SmsFixture
{
    [Fact]
    public async Task A_text_that_arrives_while_redis_is_down_is_answered_with_the_numbers_in_the_twiml()
    {
        Redis.Kill();

        var response = await Phone().SendAsync("cuu toi voi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        var twiml = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>", twiml);
        Assert.Contains("113", twiml);
        Assert.Contains("111", twiml);
        Assert.DoesNotContain("cuu toi", twiml);
        Assert.DoesNotContain(Server.LogLines, line => line.Contains("912345678"));
    }
}
