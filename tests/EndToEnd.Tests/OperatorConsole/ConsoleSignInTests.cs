using HotlineBot.Operators;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Signing in to the console over real HTTP: the cookie, lockout, sign-out, anti-forgery, and what reaches the logs.</summary>
public sealed class ConsoleSignInTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    [Fact]
    public async Task An_operator_signs_in_with_an_httponly_strict_cookie_and_the_console_knows_who_they_are()
    {
        using var client = new ConsoleClient(fixture.Server.BaseUrl);

        var response = await client.LoginAsync("op-lan", ConsoleFixture.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hb.console=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/console", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetJsonAsync("/console/api/me");
        Assert.Equal(("op-lan", "operator"), (me["name"]!.GetValue<string>(), me["role"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_admin_disables_an_account_its_session_ends_at_once_and_it_signs_in_again_once_enabled()
    {
        var accounts = fixture.Server.Services.GetRequiredService<OperatorAccountStore>();
        await accounts.SaveAsync("op-tam", OperatorRoles.Operator, ConsoleFixture.Password);
        using var tam = await fixture.SignedInAsync("op-tam");
        using var admin = await fixture.SignedInAsync("admin-tuan");
        const string Tam = "/console/api/admin/users/op-tam/disabled";

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(Tam, new JsonObject { ["disabled"] = true })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tam.GetAsync("/console/api/me")).StatusCode);
        using var again = new ConsoleClient(fixture.Server.BaseUrl);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.LoginAsync("op-tam", ConsoleFixture.Password)).StatusCode);
        var listed = (await admin.GetJsonAsync("/console/api/admin/users")).AsArray().Single(u => u!["name"]!.GetValue<string>() == "op-tam");
        Assert.True(listed!["disabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/console/api/admin/users/admin-tuan/disabled", new JsonObject { ["disabled"] = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/console/api/admin/users/khong-co-ai/disabled", new JsonObject { ["disabled"] = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(Tam, new JsonObject())).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync(Tam, new JsonObject { ["disabled"] = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.LoginAsync("op-tam", ConsoleFixture.Password)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_log_names_neither_the_account_nor_the_password()
    {
        using var client = new ConsoleClient(fixture.Server.BaseUrl);

        var response = await client.LoginAsync("op-minh", "sai-mat-khau-roi");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(fixture.Server.LogLines, l => l.Contains("sai-mat-khau-roi", StringComparison.Ordinal) || l.Contains("op-minh", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/console/api/me")).StatusCode);
    }

    [Fact]
    public async Task Three_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        var accounts = fixture.Server.Services.GetService(typeof(HotlineBot.Operators.OperatorAccountStore)) as HotlineBot.Operators.OperatorAccountStore;
        await accounts!.SaveAsync("op-locked", HotlineBot.Operators.OperatorRoles.Operator, ConsoleFixture.Password);
        using var client = new ConsoleClient(fixture.Server.BaseUrl);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.LoginAsync("op-locked", "sai-" + i)).StatusCode);
        }
        var right = await client.LoginAsync("op-locked", ConsoleFixture.Password);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)423], statuses);
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
    }

    [Fact]
    public async Task Signing_in_without_the_anti_forgery_token_is_refused_with_400()
    {
        using var client = new ConsoleClient(fixture.Server.BaseUrl);

        var response = await client.PostAsync("/console/api/login", new JsonObject { ["name"] = "op-lan", ["password"] = ConsoleFixture.Password }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await fixture.SignedInAsync("sup-hoa");

        var response = await client.PostAsync("/console/api/logout");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/console/api/me")).StatusCode);
    }

    [Fact]
    public async Task Resetting_an_account_ends_its_open_sessions()
    {
        var accounts = (HotlineBot.Operators.OperatorAccountStore)fixture.Server.Services.GetService(typeof(HotlineBot.Operators.OperatorAccountStore))!;
        await accounts.SaveAsync("op-reset", HotlineBot.Operators.OperatorRoles.Operator, ConsoleFixture.Password);
        using var client = await fixture.SignedInAsync("op-reset");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console/api/me")).StatusCode);

        await accounts.SaveAsync("op-reset", HotlineBot.Operators.OperatorRoles.Collaborator, ConsoleFixture.Password + "2");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/console/api/me")).StatusCode);
    }

    [Fact]
    public async Task Malformed_sign_in_bodies_get_400_not_500()
    {
        using var client = new ConsoleClient(fixture.Server.BaseUrl);
        await client.RefreshTokenAsync();

        var empty = await client.PostAsync("/console/api/login", new JsonObject());
        var longName = await client.PostAsync("/console/api/login", new JsonObject { ["name"] = new string('a', 500), ["password"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Contains("mật khẩu", (await empty.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }
}
