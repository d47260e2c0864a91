using System.Text.Json.Serialization;
using HotlineBot.Dialogs;
using HotlineBot.Language;

namespace HotlineBot.State;

/// <summary>Everything the bot remembers about one conversation between turns, persisted as one JSON document.</summary>
public sealed class ConversationData
{
    public DialogState Dialogs { get; set; } = new();

    /// <summary>Where the person said they are, rounded to about a kilometre (never the exact point they shared).</summary>
    public GeoPoint? CoarseLocation { get; set; }

    /// <summary>The highest risk the conversation has reached; it never goes down by itself.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
    public RiskLevel Risk { get; set; } = RiskLevel.None;

    /// <summary>Why: the triage cues of the messages that raised <see cref="Risk"/> (latest last, at most <see cref="MaxRiskCues"/>).</summary>
    public List<string> RiskCues { get; set; } = [];

    public const int MaxRiskCues = 20;

    /// <summary>Raises the conversation's risk to <paramref name="risk"/> if higher, remembering why.</summary>
    public void Raise(RiskLevel risk, IEnumerable<string> cues)
    {
        if (risk < Risk || risk == RiskLevel.None)
        {
            return;
        }
        Risk = risk;
        RiskCues.AddRange(cues);
        if (RiskCues.Count > MaxRiskCues)
        {
            RiskCues.RemoveRange(0, RiskCues.Count - MaxRiskCues);
        }
    }

    /// <summary>The latest danger assessment, if the person answered one (finished or not); null otherwise.</summary>
    public DangerAssessmentResult? DangerAssessment { get; set; }

    /// <summary>Set once the greeting and menu have been shown.</summary>
    public bool Greeted { get; set; }

    /// <summary>The collaborator area's lock for this conversation; null until someone asks for it.</summary>
    public CollaboratorAccess? Collaborator { get; set; }
    /// <summary>The person mentioned a child of theirs ("con tôi", "đứa nhỏ"): 111 is given, shelters must take children.</summary>
    public bool ChildrenMentioned { get; set; }

    /// <summary>The coarse area and places of the last nearest-places step (null until one ran).</summary>
    public NearbyResult? Nearby { get; set; }
}
