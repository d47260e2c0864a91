using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

/// <summary>The language layer loaded once from the test output folder (the Bot project copies dialogs/ there).</summary>
internal static class LanguageData
{
    private static readonly Lazy<Triage> Lazy = new(() => Triage.Load(ContentRoot));

    public static string ContentRoot => AppContext.BaseDirectory;

    public static Triage Triage => Lazy.Value;

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    public static List<Entity> Entities(string message, string kind) =>
        Triage.Recogniser.Recognise(Triage.Tokeniser.Tokenise(message)).Where(e => e.Kind == kind).ToList();
}
