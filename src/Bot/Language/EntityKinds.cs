namespace HotlineBot.Language;

/// <summary>The entity kinds, as they appear as keys of <c>"entities"</c> in <c>classify</c> output.</summary>
public static class EntityKinds
{
    public const string Phone = "phone";
    public const string Age = "age";
    public const string Number = "number";
    public const string Time = "time";
    public const string Place = "place";
    public const string Relation = "relation";
    public const string Weapon = "weapon";
    public const string Children = "children";
    public const string SelfHarm = "selfharm";

    /// <summary>Lexicon categories reported as entities (the rest are triage cues).</summary>
    public static readonly IReadOnlySet<string> FromLexicon = new HashSet<string> { Relation, Weapon, Children, SelfHarm, Time };
}
