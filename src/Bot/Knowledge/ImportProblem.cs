namespace HotlineBot.Knowledge;

/// <summary>Something wrong in a document being imported, at a line of it.</summary>
public sealed record ImportProblem(string File, int Line, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Problem}";
}
