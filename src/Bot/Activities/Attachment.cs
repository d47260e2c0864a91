using System.Text.Json;

namespace HotlineBot.Activities;

/// <summary>An attachment: a card (content) or a media file (contentUrl).</summary>
public sealed record Attachment(string ContentType, JsonElement? Content = null, string? ContentUrl = null, string? Name = null);
