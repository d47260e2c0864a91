namespace HotlineBot.Bench;

/// <summary>A benchmark run as <c>dotnet run -c Release --project bench/HotlineBot.Bench -- NAME [args]</c>; prints its figures and the command.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Summary { get; }

    Task<int> RunAsync(IReadOnlyList<string> args);
}
