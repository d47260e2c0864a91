using System.Net;
using HotlineBot.EndToEnd.Infrastructure;
using Microsoft.Extensions.Options;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>The SMS channel exists only when Twilio is configured, and then a bad key stops start-up naming it.</summary>
public sealed class SmsStartupTests : SmsFixture
{
    [Theory]
    [InlineData("Sms:EncryptionKey", "c2hvcnQ=")] // 5 bytes
    [InlineData("Sms:PhoneHashKey", "not base64!")]
    [InlineData("Twilio:AuthToken", "")]
    [InlineData("Twilio:FromNumber", "our number")]
    [InlineData("Twilio:ApiBaseUrl", "not a url")]
    public async Task A_bad_sms_setting_stops_start_up_naming_it(string key, string value)
    {
        var settings = SmsTestSettings.For(Twilio, SmsTestSettings.FreePort());
        settings[key] = value;
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => HotlineServer.StartAsync(Redis.ConnectionString, settings));

        Assert.Contains(key.Split(':')[1], string.Join(" ", error.Failures));
    }

    [Fact]
    public async Task Without_twilio_settings_there_is_no_sms_endpoint()
    {
        await using var server = await HotlineServer.StartAsync(Redis.ConnectionString);
        var response = await Http.PostAsync(server.BaseUrl + "/api/sms/twilio", SmsPhone.FormContent("Body=hi"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
