using Microsoft.AspNetCore.Http.Features;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// The URL Twilio requested, as it signed it: <c>Hotline:PublicBaseUrl</c> (behind a proxy) or the scheme and Host
/// as received, then the raw path and query exactly as sent (not decoded, not re-encoded).
/// </summary>
public static class SmsRequestUrl
{
    public static string Of(HttpRequest request, string? publicBaseUrl)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw[0] == '/'
            ? raw
            : request.PathBase + request.Path + request.QueryString;
        var origin = publicBaseUrl is { Length: > 0 }
            ? publicBaseUrl.TrimEnd('/')
            : request.Scheme + "://" + request.Host.Value;
        return origin + target;
    }
}
