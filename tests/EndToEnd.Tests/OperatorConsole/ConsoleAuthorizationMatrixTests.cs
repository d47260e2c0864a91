using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// Every console endpoint × every kind of caller → the expected status. 401: not signed in (a citizen's Direct Line token
/// is not a console session); 403: signed in without the role; otherwise what the endpoint answers on an empty queue.
/// Then every POST and PUT without the anti-forgery token → 400.
/// </summary>
public sealed class ConsoleAuthorizationMatrixTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string Unknown = "0123456789abcdef0123456789abcdef";

    private static readonly string[] Callers = ["anonymous", "citizen", "collaborator", "operator", "supervisor", "admin"];

    /// <summary>Method, path, body, and the status for a collaborator, operator, supervisor and admin.</summary>
    private static readonly (string Method, string Path, JsonObject? Body, int[] Expected)[] Endpoints =
    [
        ("GET", "/console/api/me", null, [200, 200, 200, 200]),
        ("GET", "/console/api/queue", null, [403, 200, 200, 200]),
        ("GET", "/console/api/events", null, [403, 200, 200, 200]),
        ("GET", "/console/api/canned", null, [403, 200, 200, 200]),
        ("GET", "/console/api/outcomes", null, [403, 200, 200, 200]),
        ("GET", "/console/api/staff", null, [403, 200, 200, 200]),
        ("POST", "/console/api/cases/next/claim", null, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/claim", null, [403, 404, 404, 404]),
        ("GET", $"/console/api/cases/{Unknown}", null, [403, 404, 404, 404]),
        ("GET", $"/console/api/cases/{Unknown}/transcript", null, [403, 404, 404, 404]),
        ("GET", $"/console/api/cases/{Unknown}/events", null, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/messages", new() { ["text"] = "xin chào" }, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/typing", null, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/notes", new() { ["text"] = "ghi chú" }, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/refer", new() { ["placeId"] = "demo-hn-01" }, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/transfer", new() { ["to"] = "op-minh" }, [403, 404, 404, 404]),
        ("POST", $"/console/api/cases/{Unknown}/close", new() { ["outcome"] = "counselled" }, [403, 404, 404, 404]),
        ("GET", "/console/api/supervise/cases", null, [403, 403, 200, 200]),
        ("POST", $"/console/api/supervise/cases/{Unknown}/takeover", null, [403, 403, 404, 404]),
        ("GET", "/console/api/admin/users", null, [403, 403, 403, 200]),
        ("POST", "/console/api/admin/users", new() { ["name"] = "x" }, [403, 403, 403, 400]),
        ("POST", "/console/api/admin/users/test-unknown/disabled", new() { ["disabled"] = true }, [403, 403, 403, 404]),
        ("GET", "/console/api/directory/areas", null, [403, 403, 200, 200]),
        ("GET", "/console/api/directory/places", null, [403, 403, 200, 200]),
        ("GET", "/console/api/directory/places/test-unknown", null, [403, 403, 404, 404]),
        ("POST", "/console/api/directory/places/test-unknown/capacity", new() { ["delta"] = -1 }, [403, 403, 404, 404]),
        ("POST", "/console/api/directory/places/test-unknown/status", new() { ["status"] = "active" }, [403, 403, 404, 404]),
        ("POST", "/console/api/directory/places", new() { ["id"] = "test-matrix" }, [403, 403, 403, 400]),
        ("PUT", "/console/api/directory/places/test-unknown", DirectoryPlaces.Valid("test-unknown"), [403, 403, 403, 404]),
        ("POST", "/console/api/collaborator/directline-token", null, [200, 403, 403, 403]),
        ("POST", "/console/api/logout", null, [204, 204, 204, 204]),
    ];

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_expected()
    {
        var clients = await ClientsAsync();
        var citizenToken = await CitizenTokenAsync();
        var mismatches = new List<string>();
        foreach (var (method, path, body, expected) in Endpoints)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                var want = i < 2 ? 401 : expected[i - 2];
                var got = await SendAsync(clients[i], method, path, body, i == 1 ? citizenToken : null, withToken: true);
                if (got != want)
                {
                    mismatches.Add($"{method} {path} as {Callers[i]}: expected {want}, got {got}");
                }
            }
        }
        Assert.Empty(mismatches);
        Assert.Equal(31, Endpoints.Length);
    }

    [Fact]
    public async Task Every_state_changing_endpoint_refuses_a_request_without_the_anti_forgery_token()
    {
        using var admin = await fixture.SignedInAsync("admin-tuan");
        using var collaborator = await fixture.SignedInAsync("ctv-binh");
        var refused = new List<string>();
        foreach (var (method, path, body, expected) in Endpoints.Where(e => e.Method != "GET"))
        {
            var caller = expected[3] == 403 ? collaborator : admin; // an endpoint admins may not call: ask as one who may
            if (await SendAsync(caller, method, path, body, null, withToken: false) != 400)
            {
                refused.Add(path);
            }
        }
        Assert.Empty(refused);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/console/api/me")).StatusCode); // still signed in: logout was refused too
    }

    private async Task<ConsoleClient[]> ClientsAsync()
    {
        var anonymous = new ConsoleClient(fixture.Server.BaseUrl);
        await anonymous.RefreshTokenAsync();
        var citizen = new ConsoleClient(fixture.Server.BaseUrl);
        return
        [
            anonymous,
            citizen,
            await fixture.SignedInAsync("ctv-binh"),
            await fixture.SignedInAsync("op-lan"),
            await fixture.SignedInAsync("sup-hoa"),
            await fixture.SignedInAsync("admin-tuan"),
        ];
    }

    private async Task<string> CitizenTokenAsync()
    {
        using var citizen = new DirectLineClient(fixture.Server.DirectLineUrl);
        await citizen.StartAsync();
        return citizen.Token;
    }

    private static async Task<int> SendAsync(ConsoleClient client, string method, string path, JsonObject? body, string? bearer, bool withToken)
    {
        if (method != "GET" && bearer is null)
        {
            return (int)(await client.SendAsync(new HttpMethod(method), path, body?.DeepClone().AsObject(), withToken)).StatusCode;
        }
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (method != "GET")
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body ?? []);
        }
        // Streams (server-sent events) answer their status at once and then stay open: read the headers only.
        using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return (int)response.StatusCode;
    }
}
