namespace HotlineBot.Cli;

/// <summary>The verbs the host answers. Add a verb here when it is built.</summary>
public static class CliVerbs
{
    public static IReadOnlyList<ICliVerb> All { get; } =
    [
        new ClassifyVerb(),
        new ImportSheltersVerb(),
        new NearestVerb(),
        new AddUserVerb(),
        new DisableUserVerb(),
        new AskVerb(),
        new ImportLawVerb(),
    ];

    public static ICliVerb? Find(string name) => All.FirstOrDefault(v => v.Name == name);
}
