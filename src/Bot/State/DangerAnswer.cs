using System.Text.Json.Serialization;

namespace HotlineBot.State;

/// <summary>How the person answered one danger-assessment question. Wire values: "Yes", "No", "Skipped".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DangerAnswer>))]
public enum DangerAnswer
{
    /// <summary>Skipped on purpose, or an answer the bot could not read twice in a row.</summary>
    Skipped,
    Yes,
    No,
}
