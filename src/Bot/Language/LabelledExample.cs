namespace HotlineBot.Language;

/// <summary>One line of a labelled TSV file (<c>label TAB text</c>).</summary>
public sealed record LabelledExample(Intent Label, string Text, int Line);
