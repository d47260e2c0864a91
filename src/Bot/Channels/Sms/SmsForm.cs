using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HotlineBot.Channels.Sms;

/// <summary>
/// Reads a Twilio webhook body as a form, within limits (size, number and length of parameters). Returns the fields,
/// or a reason the request is malformed (→ 400); it never throws on bad input.
/// </summary>
public static class SmsForm
{
    public const int MaxParameters = 64;
    public const int MaxNameLength = 64;
    public const int MaxValueLength = 8 * 1024;

    public static async Task<(Dictionary<string, StringValues>? Form, string? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken = default)
    {
        if (!IsForm(request.ContentType))
        {
            return (null, "Content-Type must be application/x-www-form-urlencoded.");
        }
        if (request.ContentLength > maxBytes)
        {
            return (null, $"The body is larger than {maxBytes} bytes.");
        }
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return (null, $"The body is larger than {maxBytes} bytes.");
                }
            }
        }
        catch (BadHttpRequestException)
        {
            return (null, "The body ended before its declared length."); // a client that gave up mid-request
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return (null, "The body is not UTF-8.");
        }
        try
        {
            using var reader = new FormReader(text)
            {
                ValueCountLimit = MaxParameters,
                KeyLengthLimit = MaxNameLength,
                ValueLengthLimit = MaxValueLength,
            };
            var form = await reader.ReadFormAsync(cancellationToken);
            return (form, null);
        }
        catch (InvalidDataException)
        {
            return (null, $"Too many or too long parameters (at most {MaxParameters}, names {MaxNameLength}, values {MaxValueLength} characters).");
        }
    }

    /// <summary>Every (name, value) pair, repeated names included, as Twilio signed them.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Pairs(Dictionary<string, StringValues> form) =>
        form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")));

    /// <summary>The single value of a field, or null if missing or repeated.</summary>
    public static string? Single(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static bool IsForm(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
