using System.Text.Json.Serialization;
using HotlineBot.Language;

namespace HotlineBot.State;

/// <summary>
/// The outcome of the danger assessment, kept in the conversation so the case priority can use it: every answer
/// (in the order asked), the weighted score, the level and its reasons ("da:strangling", …).
/// <see cref="Completed"/> is false when the person stopped before the last question; the answers given still count.
/// </summary>
public sealed record DangerAssessmentResult
{
    public List<DangerItemAnswer> Answers { get; init; } = [];

    public int Score { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
    public RiskLevel Level { get; init; }

    /// <summary>"da:{id}" for every question answered yes, heaviest first.</summary>
    public List<string> Reasons { get; init; } = [];

    public bool Completed { get; init; }

    /// <summary>True when a critical question (strangling, weapon, threats to kill) was answered yes.</summary>
    public bool CriticalYes { get; init; }
}
