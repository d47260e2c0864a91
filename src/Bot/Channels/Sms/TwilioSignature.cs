using System.Security.Cryptography;
using System.Text;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> the way Twilio computes it (PROTOCOLS §3): HMAC-SHA1 (key: the UTF-8 AuthToken)
/// over the full URL followed by every form parameter as <c>name + value</c>, names in ordinal order, Base64.
/// A URL with a port is also tried without it, a URL without one also with the scheme's default port.
/// </summary>
public static class TwilioSignature
{
    /// <summary>The signature of a form request: the URL, then each distinct (name, value) pair sorted ordinally.</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        var sorted = parameters
            .Distinct()
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in sorted)
        {
            data.Append(name).Append(value);
        }
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>True when <paramref name="signature"/> matches the URL (or its port variant) and the form parameters.</summary>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }
        var list = parameters.ToList();
        var valid = false;
        foreach (var candidate in UrlVariants(url))
        {
            valid |= FixedTimeEquals(Compute(authToken, candidate, list), signature);
        }
        return valid;
    }

    /// <summary>
    /// A raw (JSON) body: the URL must carry <c>bodySHA256</c> equal to the lowercase hex SHA-256 of the body, and the
    /// signature covers the URL alone.
    /// </summary>
    public static bool IsValidBody(string authToken, string url, ReadOnlySpan<byte> body, string? signature)
    {
        var declared = QueryValue(url, "bodySHA256");
        if (declared is null)
        {
            return false;
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(body));
        return FixedTimeEquals(actual, declared) & IsValid(authToken, url, [], signature);
    }

    /// <summary>The URL as given, then with its port removed (if it has one) or the default port added (if not).</summary>
    public static IReadOnlyList<string> UrlVariants(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return [url];
        }
        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }
        var authority = url[authorityStart..authorityEnd];
        var hostStart = authority.LastIndexOf('@') + 1;
        var colon = authority.LastIndexOf(':');
        var hasPort = colon >= hostStart && !authority[colon..].Contains(']');
        string toggled;
        if (hasPort)
        {
            toggled = authority[..colon];
        }
        else
        {
            var scheme = url[..schemeEnd];
            var port = scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? ":443"
                : scheme.Equals("http", StringComparison.OrdinalIgnoreCase) ? ":80"
                : null;
            if (port is null)
            {
                return [url];
            }
            toggled = authority + port;
        }
        return [url, url[..authorityStart] + toggled + url[authorityEnd..]];
    }

    private static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?');
        if (query < 0)
        {
            return null;
        }
        var end = url.IndexOf('#', query);
        foreach (var pair in url[(query + 1)..(end < 0 ? url.Length : end)].Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }
        return null;
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
