using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Twilio's REST API, the part we use (PROTOCOLS §3): <c>POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c>,
/// form fields To, From, Body, StatusCallback, HTTP Basic AccountSid:AuthToken. One attempt per call; the sender retries.
/// </summary>
public sealed class TwilioClient(HttpClient http, IOptions<TwilioOptions> options)
{
    private static readonly HashSet<int> InvalidNumberCodes = [21211, 21614, 21612, 21635, 21608, 21604, 21408];

    public async Task<TwilioSendResult> SendAsync(string to, string body, string? statusCallback, CancellationToken cancellationToken = default)
    {
        var twilio = options.Value;
        var fields = new List<KeyValuePair<string, string>> { new("To", to), new("From", twilio.FromNumber), new("Body", body) };
        if (statusCallback is not null)
        {
            fields.Add(new("StatusCallback", statusCallback));
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{twilio.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{twilio.AccountSid}/Messages.json")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilio.AccountSid}:{twilio.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new TwilioSendResult(TwilioSendOutcome.Retry);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new TwilioSendResult(TwilioSendOutcome.Sent, Read(text, SmsJson.Default.TwilioMessage)?.Sid, HttpStatus: status);
            }
            if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            {
                return new TwilioSendResult(TwilioSendOutcome.Retry, HttpStatus: status);
            }
            var code = Read(text, SmsJson.Default.TwilioError)?.Code;
            var outcome = code == 21610 ? TwilioSendOutcome.OptedOut
                : code is { } c && InvalidNumberCodes.Contains(c) ? TwilioSendOutcome.InvalidNumber
                : TwilioSendOutcome.Rejected;
            return new TwilioSendResult(outcome, ErrorCode: code, HttpStatus: status);
        }
    }

    private static T? Read<T>(string text, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
