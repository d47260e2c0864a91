namespace HotlineBot.Knowledge;

/// <summary>
/// A kind of legal question the knowledge base does not cover (divorce and custody, inheritance, land…), recognised
/// by its <see cref="Phrases"/>. Such a question is told so and pointed to legal aid, rather than answered from
/// whichever article happens to share its words.
/// </summary>
/// <param name="Topic">What the question is about, as the bot names it ("ly hôn và quyền nuôi con").</param>
/// <param name="Law">The law that does cover it ("Luật Hôn nhân và gia đình 2014").</param>
/// <param name="At">file:line, for problems found later.</param>
public sealed record OutOfScopeTopic(string Topic, string Law, IReadOnlyList<string> Phrases, string At)
{
    public const string FileName = "out-of-scope.yaml";
}
