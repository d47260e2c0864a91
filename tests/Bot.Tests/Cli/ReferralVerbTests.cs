using System.Text.Json;
using HotlineBot.Cli;
using HotlineBot.Testing;

namespace HotlineBot.Tests.Cli;

/// <summary><c>import-shelters</c> and <c>nearest</c> against a real redis-server, one per test.</summary>
public sealed class ReferralVerbTests : IAsyncLifetime
{
    private static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "dialogs", "shelters.demo.csv");
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public void Both_verbs_are_registered()
    {
        Assert.IsType<ImportSheltersVerb>(CliVerbs.Find("import-shelters"));
        Assert.IsType<NearestVerb>(CliVerbs.Find("nearest"));
    }

    [Fact]
    public async Task The_demo_file_imports_once_and_reimports_as_unchanged()
    {
        var first = await RunAsync(new ImportSheltersVerb(), DemoFile);
        var again = await RunAsync(new ImportSheltersVerb(), DemoFile);

        Assert.Equal(0, first.Code);
        Assert.Matches(@"^import-shelters: \d+ written, 0 unchanged", first.Out);
        Assert.Equal(0, again.Code);
        Assert.Matches(@"^import-shelters: 0 written, \d+ unchanged", again.Out);
    }

    [Fact]
    public async Task Nearest_by_place_name_with_or_without_diacritics_prints_the_contract_fields_only()
    {
        await RunAsync(new ImportSheltersVerb(), DemoFile);

        var plain = await RunAsync(new NearestVerb(), "--place", "hai duong");
        var marked = await RunAsync(new NearestVerb(), "--place", "Hải Dương");

        Assert.Equal(0, plain.Code);
        Assert.Equal(plain.Out, marked.Out);
        var lines = plain.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var distances = new List<double>();
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(["id", "kind", "distanceKm", "phone", "visibility"], root.EnumerateObject().Select(p => p.Name));
            Assert.StartsWith("demo-hp-", root.GetProperty("id").GetString());
            Assert.StartsWith("0000", root.GetProperty("phone").GetString());
            distances.Add(root.GetProperty("distanceKm").GetDouble());
        }
        Assert.Equal(distances.Order(), distances);
        Assert.DoesNotContain("[DEMO]", plain.Out);
        Assert.Contains("operators-only", plain.Out);
    }

    [Fact]
    public async Task Nearest_by_coordinates_honours_k_kind_and_filters()
    {
        await RunAsync(new ImportSheltersVerb(), DemoFile);

        var five = await RunAsync(new NearestVerb(), "--lat", "18.34", "--lon", "105.9", "--k", "5");
        var shelters = await RunAsync(new NearestVerb(), "--lat", "18.34", "--lon", "105.9", "--kind", "community-shelter", "--filter", "capacity,children");

        Assert.Equal(5, five.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(shelters.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Contains("\"kind\":\"community-shelter\"", l));
        Assert.StartsWith("{\"id\":\"demo-ht-01\"", shelters.Out);
    }

    [Fact]
    public async Task A_file_with_errors_names_file_and_line_and_writes_nothing()
    {
        var bad = Path.Combine(Directory.CreateTempSubdirectory("hb-verb-").FullName, "bad.csv");
        var lines = File.ReadAllLines(DemoFile).ToList();
        var row = lines.FindIndex(l => l.StartsWith("demo-hp-01,", StringComparison.Ordinal));
        lines[row] = lines[row].Replace(",21.128,", ",121.128,");
        File.WriteAllLines(bad, lines);

        var import = await RunAsync(new ImportSheltersVerb(), bad);
        var nearest = await RunAsync(new NearestVerb(), "--place", "Hà Tĩnh");

        Assert.Equal(1, import.Code);
        Assert.Contains($"bad.csv:{row + 1}: lat '121.128'", import.Error);
        Assert.Contains("nothing was written", import.Error);
        Assert.Equal("", nearest.Out);
    }

    [Fact]
    public async Task Unknown_place_and_bad_arguments_fail()
    {
        Assert.NotEqual(0, (await RunAsync(new NearestVerb(), "--place", "Atlantis")).Code);
        Assert.Equal(2, (await RunAsync(new NearestVerb(), "--lat", "north")).Code);
        Assert.Equal(2, (await RunAsync(new NearestVerb(), "--lat", "18", "--lon", "105", "--kind", "hotel")).Code);
    }

    private async Task<(int Code, string Out, string Error)> RunAsync(ICliVerb verb, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new CliIo(new StringReader(""), output, error, AppContext.BaseDirectory);
        var code = await verb.RunAsync([.. args, "--redis", _redis.ConnectionString], io);
        return (code, output.ToString(), error.ToString());
    }
}
