using System.Text.Json;
using System.Text.Json.Nodes;
using HotlineBot.Activities;

namespace HotlineBot.Handoff;

/// <summary>
/// Bot Framework handoff events (PROTOCOLS §2), so an external agent hub could follow the same conversation:
/// <c>handoff.initiate</c> (with the transcript attached) when a case is queued, <c>handoff.status</c> as it progresses.
/// </summary>
public static class HandoffEvents
{
    public const string Initiate = "handoff.initiate";
    public const string Status = "handoff.status";

    public static class States
    {
        public const string Accepted = "accepted";
        public const string Completed = "completed";
        public const string Failed = "failed";
    }

    /// <summary>The initiate event, as a reply to <paramref name="trigger"/>; the value is our routing context.</summary>
    public static Activity InitiateFor(Activity trigger, string caseId, string risk, IReadOnlyList<string> cues, IReadOnlyList<Activity> transcript)
    {
        var activities = new JsonArray([.. transcript.Select(a => JsonNode.Parse(JsonSerializer.Serialize(a, ActivityJson.Default.Activity)))]);
        return trigger.CreateReply() with
        {
            Type = ActivityTypes.Event,
            Name = Initiate,
            From = trigger.From,
            Recipient = ChannelAccount.Bot,
            Text = null,
            Value = JsonSerializer.SerializeToElement(new JsonObject
            {
                ["queue"] = "hotline",
                ["caseId"] = caseId,
                ["risk"] = risk,
                ["cues"] = new JsonArray([.. cues.Select(c => JsonValue.Create(c))]),
            }),
            Attachments = [new Attachment("application/json", JsonSerializer.SerializeToElement(new JsonObject { ["activities"] = activities }), Name: "Transcript")],
        };
    }

    public static Activity StatusFor(string channelId, string conversationId, string state, DateTimeOffset at) => new()
    {
        Type = ActivityTypes.Event,
        Name = Status,
        ChannelId = channelId,
        Conversation = new ConversationAccount(conversationId),
        From = ChannelAccount.Bot,
        Timestamp = at,
        Value = JsonSerializer.SerializeToElement(new JsonObject { ["state"] = state }),
    };
}
