using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using HotlineBot.Activities;

namespace HotlineBot.Channels.DirectLine;

/// <summary>Checks every Direct Line request before it reaches the adapter: a clear 4xx with a reason, never a 500.</summary>
public static partial class DirectLineRequests
{
    /// <summary>Authenticates the caller and checks it may open this existing conversation.</summary>
    public static async Task<(DirectLineCaller? Caller, IResult? Error)> OpenAsync(HttpContext http, DirectLineAuth auth, IConversationLog log, string conversationId, bool allowQueryToken = false)
    {
        var (caller, error) = Authorize(http, auth, conversationId, allowQueryToken);
        if (error is null && !await log.ExistsAsync(conversationId, http.RequestAborted))
        {
            error = DirectLineErrors.ConversationNotFound();
        }
        return error is null ? (caller, null) : (null, error);
    }

    /// <summary>
    /// Authenticates the caller and checks it may open this conversation, without asking the store whether it exists
    /// (posting does that in the same round trip as the append).
    /// </summary>
    public static (DirectLineCaller? Caller, IResult? Error) Authorize(HttpContext http, DirectLineAuth auth, string conversationId, bool allowQueryToken = false)
    {
        var (caller, error) = auth.Authenticate(http, allowQueryToken);
        if (error is not null)
        {
            return (null, error);
        }
        if (!caller!.MayOpen(conversationId))
        {
            return (null, DirectLineErrors.WrongConversation());
        }
        return ConversationIdShape().IsMatch(conversationId) ? (caller, null) : (null, DirectLineErrors.ConversationNotFound());
    }

    public static bool TryWatermark(string? text, out int watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    /// <summary>A client-chosen user id, if it is a sensible one; otherwise null (a fresh id is used).</summary>
    public static string? ValidUserId(string? id) => id is { Length: > 0 and <= 64 } && UserIdShape().IsMatch(id) ? id : null;

    /// <summary>Reads an optional JSON body (token and conversation requests): empty is fine, broken is 400.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpContext http, JsonTypeInfo<T> type) where T : class
    {
        var (body, error) = await ReadBodyAsync(http, 8 * 1024);
        if (error is not null || body.Length == 0)
        {
            return (null, error);
        }
        try
        {
            return (JsonSerializer.Deserialize(body, type), null);
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The body is not valid JSON for this request ({e.Path ?? "$"})."));
        }
    }

    /// <summary>Reads and validates a posted activity.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpContext http, DirectLineOptions options)
    {
        var contentType = http.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DirectLineErrors.NotSupported("Post the activity as application/json."));
        }
        var (body, error) = await ReadBodyAsync(http, options.MaxActivityBytes);
        if (error is not null)
        {
            return (null, error);
        }
        Activity? activity;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, DirectLineErrors.BadArgument("The activity must be a JSON object."));
            }
            activity = document.RootElement.Deserialize(DirectLineJson.Default.Activity);
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The activity is not valid JSON or a field has the wrong type ({e.Path ?? "$"})."));
        }
        return Validate(activity!, options);
    }

    private static (Activity?, IResult?) Validate(Activity activity, DirectLineOptions options)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return (null, DirectLineErrors.BadArgument("The activity needs a type."));
        }
        if (!ActivityTypes.IsClientType(activity.Type))
        {
            return (null, DirectLineErrors.BadArgument($"Activities of type '{activity.Type}' cannot be posted."));
        }
        if (activity.Type == ActivityTypes.Event && string.IsNullOrEmpty(activity.Name))
        {
            return (null, DirectLineErrors.BadArgument("An event activity needs a name."));
        }
        if (activity.Text is { } text && text.Length > options.MaxTextLength)
        {
            return (null, DirectLineErrors.TooBig($"The text is longer than {options.MaxTextLength} characters."));
        }
        if (activity.From?.Id is { } fromId && ValidUserId(fromId) is null)
        {
            return (null, DirectLineErrors.BadArgument("from.id must be 1–64 letters, digits, '_', '-', '.' or ':'."));
        }
        if (activity.Entities?.Any(e => e.Type == EntityTypes.GeoCoordinates && !e.HasCoordinates) == true)
        {
            return (null, DirectLineErrors.BadArgument("A GeoCoordinates entity needs latitude in [-90, 90] and longitude in [-180, 180]."));
        }
        if (activity.Attachments is { Count: > 0 })
        {
            return (null, DirectLineErrors.NotSupported("Attachments are not accepted yet; please send text."));
        }
        return (activity, null);
    }

    private static async Task<(byte[] Body, IResult? Error)> ReadBodyAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return ([], DirectLineErrors.TooBig($"The request body is larger than {limit} bytes."));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return ([], DirectLineErrors.TooBig($"The request body is larger than {limit} bytes."));
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex ConversationIdShape();

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]+$")]
    private static partial Regex UserIdShape();
}
