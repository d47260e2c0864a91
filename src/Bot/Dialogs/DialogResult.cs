namespace HotlineBot.Dialogs;

/// <summary>
/// What a dialog or prompt hands back to the dialog that started it, within the turn. Typed on purpose:
/// each prompt fills the fields it understands and leaves the rest null.
/// </summary>
public sealed record DialogResult
{
    /// <summary>The user's text (a text prompt's answer, a typed place name, the text of a choice).</summary>
    public string? Text { get; init; }

    /// <summary>Zero-based index of the chosen option.</summary>
    public int? ChoiceIndex { get; init; }

    /// <summary>The chosen option, as the prompt offered it (with diacritics).</summary>
    public string? Choice { get; init; }

    public bool? Confirmed { get; init; }

    /// <summary>The user chose not to answer this question (a skippable prompt: "bỏ qua", "không biết").</summary>
    public bool Skipped { get; init; }

    /// <summary>The user asked to stop the questions ("thôi", "dừng lại") without leaving the flow they are in.</summary>
    public bool Stopped { get; init; }

    /// <summary>Coordinates the user shared (a GeoCoordinates or Place entity).</summary>
    public GeoPoint? Location { get; init; }

    /// <summary>True when a prompt gave up after its maximum attempts without understanding the user.</summary>
    public bool NoAnswer { get; init; }

    public static DialogResult Unanswered { get; } = new() { NoAnswer = true };
}
