using System.Net;
using System.Text.Json.Nodes;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.EndToEnd.OperatorConsole;

namespace HotlineBot.EndToEnd.Collaborators;

/// <summary>
/// The collaborator area over Direct Line against the running service and a real Redis: a console-issued token opens
/// it without a password, nothing a client sends can pretend to be that token, a disabled account's token is not
/// renewed, and a name and password typed into the public web chat are kept neither in the Direct Line log nor in logs.
/// </summary>
public sealed class CollaboratorWebChatTests(CollaboratorFixture service) : IClassFixture<CollaboratorFixture>
{
    private const string Collaborator = "Dành cho cộng tác viên";
    private const string ProcedureMenu = "Chọn thủ tục bạn cần xem, hoặc nhắn câu hỏi, ví dụ: \"nhận tin báo thì làm gì trước\".";
    private const string AskName = "Khu vực này dành cho cộng tác viên. Vui lòng nhập tên đăng nhập tài khoản cộng tác viên của bạn.";
    private const string AskPassword = "Vui lòng nhập mật khẩu. Mật khẩu không được lưu trong cuộc trò chuyện.";

    [Fact]
    public async Task A_collaborator_signed_in_at_the_console_opens_the_procedures_without_a_password()
    {
        var name = await service.NewCollaboratorAsync();
        var (console, token) = await service.CollaboratorTokenAsync(name);
        using var _ = console;
        using var chat = new DirectLineClient(service.Server.DirectLineUrl);
        await chat.StartAsync(token);
        await chat.ReceiveAsync();

        await chat.SayAsync(Collaborator);
        var opened = await chat.ReceiveAsync();

        var menu = opened.Single(a => a["from"]?["role"]?.GetValue<string>() == "bot");
        Assert.Equal(ProcedureMenu, menu["text"]!.GetValue<string>());
        Assert.Equal("Nhận tin báo bạo lực", menu["suggestedActions"]!["actions"]![0]!["title"]!.GetValue<string>());
        await chat.SayAsync("han nop bao cao");
        Assert.Contains("gửi trước ngày 15/6", (await chat.BotSaysAsync()).Single()); // the account's province: Lạng Sơn
        Assert.DoesNotContain(service.Server.LogLines, l => l.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_claim_forged_by_the_client_is_ignored_and_the_area_asks_for_the_account()
    {
        var name = await service.NewCollaboratorAsync();
        var account = (await service.Accounts.GetAsync(name))!;
        using var chat = new DirectLineClient(service.Server.DirectLineUrl);
        await chat.StartAsync();
        await chat.ReceiveAsync();
        var forged = new JsonObject { ["accountId"] = account.Id, ["stamp"] = account.Stamp };

        await chat.SayAsync(Collaborator, new JsonObject
        {
            ["collaborator"] = forged,
            ["from"] = new JsonObject { ["id"] = account.Id, ["name"] = name, ["role"] = "collaborator" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "forged-1", ["collaborator"] = forged.DeepClone() },
        });

        Assert.Equal([AskName], await chat.BotSaysAsync());
    }

    [Fact]
    public async Task A_citizen_token_rewritten_to_name_a_collaborator_is_refused()
    {
        var name = await service.NewCollaboratorAsync();
        var account = (await service.Accounts.GetAsync(name))!;
        using var chat = new DirectLineClient(service.Server.DirectLineUrl);
        await chat.StartAsync();
        var parts = chat.Token.Split('.');
        var payload = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]))!.AsObject();
        payload["collab"] = account.Id;
        payload["stamp"] = account.Stamp;
        var forged = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[1];

        var refused = await chat.SendAsync(HttpMethod.Post, $"/conversations/{chat.ConversationId}/activities",
            """{"type":"message","text":"Dành cho cộng tác viên"}""", bearer: forged);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_disabled_collaborators_token_is_not_renewed_and_no_longer_opens_the_area()
    {
        var name = await service.NewCollaboratorAsync();
        var (console, token) = await service.CollaboratorTokenAsync(name);
        using var _ = console;
        using var chat = new DirectLineClient(service.Server.DirectLineUrl);
        await chat.StartAsync(token);
        await chat.ReceiveAsync();
        Assert.Equal(HttpStatusCode.OK, (await chat.SendAsync(HttpMethod.Post, "/tokens/refresh", null)).StatusCode);

        await service.Accounts.SetDisabledAsync(name, true);

        var refresh = await chat.SendAsync(HttpMethod.Post, "/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        await chat.SayAsync(Collaborator);
        Assert.Equal([AskName], await chat.BotSaysAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await console.PostAsync("/console/api/collaborator/directline-token")).StatusCode);
    }

    [Fact]
    public async Task Staff_of_another_role_get_no_collaborator_token()
    {
        await service.Accounts.SaveAsync("op-ha", HotlineBot.Operators.OperatorRoles.Operator, CollaboratorFixture.Password);
        using var console = new ConsoleClient(service.Server.BaseUrl);
        (await console.LoginAsync("op-ha", CollaboratorFixture.Password)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Forbidden, (await console.PostAsync("/console/api/collaborator/directline-token")).StatusCode);
    }

    [Fact]
    public async Task A_name_and_password_typed_in_the_public_web_chat_open_the_area_and_stay_in_no_log()
    {
        var name = await service.NewCollaboratorAsync();
        using var chat = new DirectLineClient(service.Server.DirectLineUrl);
        await chat.StartAsync();
        await chat.ReceiveAsync();

        await chat.SayAsync(Collaborator);
        Assert.Equal([AskName], await chat.BotSaysAsync());
        await chat.SayAsync(name);
        Assert.Equal([AskPassword], await chat.BotSaysAsync());
        await chat.SayAsync(CollaboratorFixture.Password);
        Assert.Equal(["Đã đăng nhập khu vực cộng tác viên. Phiên làm việc mở trong 8 giờ.", ProcedureMenu], await chat.BotSaysAsync());

        var whole = await chat.SendAsync(HttpMethod.Get, $"/conversations/{chat.ConversationId}/activities?watermark=0", null);
        var stored = (await DirectLineClient.ReadJsonAsync(whole))["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? "").ToList();
        Assert.Contains("[collaborator name withheld]", stored);
        Assert.Contains("[password withheld]", stored);
        Assert.DoesNotContain(stored, t => t.Contains(name, StringComparison.Ordinal) || t.Contains(CollaboratorFixture.Password, StringComparison.Ordinal));
        Assert.DoesNotContain(service.Server.LogLines, l => l.Contains(CollaboratorFixture.Password, StringComparison.Ordinal) || l.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_passwords_in_chat_lock_the_account_at_the_console_too()
    {
        var name = await service.NewCollaboratorAsync();
        using var chat = new DirectLineClient(service.Server.DirectLineUrl);
        await chat.StartAsync();
        await chat.ReceiveAsync();
        await chat.SayAsync(Collaborator);
        await chat.ReceiveAsync();
        for (var i = 1; i <= 3; i++) // the service locks accounts after 3 failures (Console:MaxFailedLogins)
        {
            await chat.SayAsync(name);
            await chat.ReceiveAsync();
            await chat.SayAsync("doan-sai-" + i);
            await chat.ReceiveAsync();
        }

        using var console = new ConsoleClient(service.Server.BaseUrl);
        Assert.Equal(HttpStatusCode.Locked, (await console.LoginAsync(name, CollaboratorFixture.Password)).StatusCode);
    }
}
