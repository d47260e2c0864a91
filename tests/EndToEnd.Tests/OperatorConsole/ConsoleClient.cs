using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>A staff member's browser, as HTTP: a cookie jar, and the anti-forgery header on every POST once fetched.</summary>
public sealed class ConsoleClient(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    private string? _token;

    public HttpClient Http => _http;

    /// <summary>Fetches a token, signs in, then fetches the token of the signed-in session (as the page does).</summary>
    public async Task<HttpResponseMessage> LoginAsync(string name, string password)
    {
        await RefreshTokenAsync();
        var response = await PostAsync("/console/api/login", new JsonObject { ["name"] = name, ["password"] = password });
        if (response.IsSuccessStatusCode)
        {
            await RefreshTokenAsync();
        }
        return response;
    }

    public async Task RefreshTokenAsync()
    {
        var body = await _http.GetFromJsonAsync<JsonObject>("/console/api/antiforgery");
        _token = body!["token"]!.GetValue<string>();
    }

    /// <summary>POST with the anti-forgery header (unless <paramref name="withToken"/> is false).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, JsonObject? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? []) };
        if (withToken && _token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", _token);
        }
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>Any method (PUT, DELETE, …) with a JSON body, the anti-forgery header (unless <paramref name="withToken"/> is false) and optional extra headers.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body = null, bool withToken = true, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body ?? []) };
        if (withToken && _token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", _token);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return _http.SendAsync(request);
    }

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await _http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public async Task<string> ClaimAsync(string caseId)
    {
        var response = await PostAsync($"/console/api/cases/{caseId}/claim");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }

    public async Task SayAsync(string caseId, string text) =>
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync($"/console/api/cases/{caseId}/messages", new JsonObject { ["text"] = text })).StatusCode);

    public void Dispose() => _http.Dispose();
}
