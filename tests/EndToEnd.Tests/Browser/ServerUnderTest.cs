namespace HotlineBot.EndToEnd.Browser;

/// <summary>
/// Where the service under test listens. Until the shared end-to-end fixture (real Kestrel on loopback + real Redis)
/// is merged, the browser tests run against an instance started by hand, e.g. <c>./hotline run</c>.
/// </summary>
public static class ServerUnderTest
{
    public const string Variable = "HOTLINE_TEST_BASE_URL";

    public static Uri BaseUrl() =>
        Uri.TryCreate(Environment.GetEnvironmentVariable(Variable), UriKind.Absolute, out var url)
            ? url
            : throw new InvalidOperationException($"Set {Variable} to the base URL of a running HotlineBot (e.g. http://127.0.0.1:5080/).");
}
