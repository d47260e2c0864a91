using HotlineBot.Activities;
using HotlineBot.Collaborators;
using HotlineBot.Operators;
using HotlineBot.State;
using HotlineBot.Tests.Conversation;
using HotlineBot.Tests.State;
using HotlineBot.Tests.Testing;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Collaborators;

/// <summary>
/// The collaborator area with the real content and real collaborator accounts on Redis: signing in by name and
/// password in chat, the conversation's and the account's lockouts, the claim a collaborator's web chat token carries,
/// and procedures read step by step.
/// </summary>
public sealed class CollaboratorConversationTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string MenuPrompt = "Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.";
    private const string AskName = "Khu vực này dành cho cộng tác viên. Vui lòng nhập tên đăng nhập tài khoản cộng tác viên của bạn.";
    private const string AskPassword = "Vui lòng nhập mật khẩu. Mật khẩu không được lưu trong cuộc trò chuyện.";
    private const string Unlocked = "Đã đăng nhập khu vực cộng tác viên. Phiên làm việc mở trong 8 giờ.";
    private const string ProcedureMenu = "Chọn thủ tục bạn cần xem, hoặc nhắn câu hỏi, ví dụ: \"nhận tin báo thì làm gì trước\".";
    private const string Expired = "Phiên làm việc đã hết hạn. Vui lòng nhập lại tên đăng nhập.";
    private const string WrongTwoLeft = "Tên đăng nhập hoặc mật khẩu chưa đúng. Bạn còn 2 lần thử. Vui lòng nhập lại tên đăng nhập.";
    private const string Name = TestCollaborators.Name;
    private const string Password = TestCollaborators.Password;

    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Theory]
    [InlineData("Collaborators/Transcripts/collaborator-receiving-report.chat")]
    [InlineData("Collaborators/Transcripts/collaborator-no-contact-order.chat")]
    [InlineData("Collaborators/Transcripts/collaborator-wrong-password.chat")]
    public async Task Transcript(string chatFile)
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection, test: chatFile);
        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins).Replay(chatFile).StartTestAsync();
    }

    [Fact]
    public async Task An_account_locked_at_the_console_is_refused_in_chat_even_with_the_right_password()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        for (var i = 0; i < TestCollaborators.Console().MaxFailedLogins; i++)
        {
            await accounts.SignInAsync(Name, "sai-o-trang-quan-tri");
        }

        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .Replay("Collaborators/Transcripts/collaborator-account-locked-by-console.chat").StartTestAsync();

        Assert.Equal(LoginOutcome.LockedOut, (await accounts.SignInAsync(Name, Password)).Outcome);
    }

    [Fact]
    public async Task Wrong_passwords_typed_in_chats_lock_the_account_for_the_console_too()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        var bot = HelplineBotBuilder.Build(accounts: accounts);

        // Three failures lock the first conversation; two more, in a second one, reach the account's limit of five,
        // after which even the right password is refused there.
        await new TestFlow(bot, conversationId: "first").Send(Joins).AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send("doan-sai-1").AssertReply(WrongTwoLeft)
            .Send(Name).AssertReply(AskPassword).Send("doan-sai-2").AssertReplyContains("còn 1 lần")
            .Send(Name).AssertReply(AskPassword).Send("doan-sai-3").AssertReplyContains("tạm khóa trong cuộc trò chuyện này").AssertReply(MenuPrompt)
            .StartTestAsync();
        await new TestFlow(bot, conversationId: "second").Send(Joins).AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send("doan-sai-4").AssertReply(WrongTwoLeft)
            .Send(Name).AssertReply(AskPassword).Send("doan-sai-5").AssertReplyContains("Tài khoản này đang tạm khóa").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReplyContains("Tài khoản này đang tạm khóa").AssertReply(MenuPrompt)
            .StartTestAsync();

        Assert.Equal(LoginOutcome.LockedOut, (await accounts.SignInAsync(Name, Password)).Outcome);
    }

    [Fact]
    public async Task A_web_chat_token_claim_opens_the_menu_without_a_password_while_the_account_vouches_for_it()
    {
        var (accounts, account) = await TestCollaborators.CreateAsync(redis.Connection);
        var claim = new CollaboratorClaim(account.Id, account.Stamp);
        var vouched = new Activity { Text = "Dành cho cộng tác viên", Collaborator = claim };

        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send(vouched).AssertReply(ProcedureMenu)
            .Send(new Activity { Text = "han nop bao cao", Collaborator = claim }).AssertReplyContains("gửi trước ngày 15/6")
            .DoAsync(() => accounts.SetDisabledAsync(Name, true))
            .Send(new Activity { Text = "tiếp", Collaborator = claim }).AssertReply(Expired)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_claim_naming_an_unknown_account_or_an_old_stamp_or_another_role_opens_nothing()
    {
        var (accounts, account) = await TestCollaborators.CreateAsync(redis.Connection);
        var (_, operatorAccount) = await accounts.SaveAsync("op.lan", OperatorRoles.Operator, Password);
        foreach (var claim in new[]
        {
            new CollaboratorClaim("u-000000000000", account.Stamp),
            new CollaboratorClaim(account.Id, "0000000000000000"),
            new CollaboratorClaim(operatorAccount.Id, operatorAccount.Stamp),
        })
        {
            await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
                .AssertReplyContains("113").AssertReply(MenuPrompt)
                .Send(new Activity { Text = "Dành cho cộng tác viên", Collaborator = claim }).AssertReply(AskName)
                .StartTestAsync();
        }
    }

    [Fact]
    public async Task A_disabled_account_is_refused_and_disabling_closes_an_open_area_at_the_next_turn()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        var bot = HelplineBotBuilder.Build(accounts: accounts);
        await new TestFlow(bot, conversationId: "open").Send(Joins).AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("1").AssertReplyContains("Bước 1/8")
            .DoAsync(() => accounts.SetDisabledAsync(Name, true))
            .Send("Tiếp").AssertReply(Expired)
            .Send(Name).AssertReply(AskPassword)
            .Send(Password).AssertReply("Tài khoản này đã ngừng hoạt động. Vui lòng liên hệ cán bộ phụ trách tài khoản. Nếu có người đang gặp nguy hiểm, hãy gọi 113 (Công an) · 111 (Bảo vệ trẻ em, miễn phí) · 1800 1768 (Hỗ trợ phụ nữ, miễn phí 24/7).")
            .AssertReply(MenuPrompt)
            .StartTestAsync();
    }

    [Fact]
    public async Task Staff_of_other_roles_cannot_open_the_area_by_typing_their_password_in_chat()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        await accounts.SaveAsync("admin.tuan", OperatorRoles.Admin, Password);

        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send("admin.tuan").AssertReply(AskPassword).Send(Password).AssertReply(WrongTwoLeft)
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unlocked_conversation_stays_unlocked_after_a_restart_and_no_name_or_password_is_stored()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        var storage = new MemoryStorage();
        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts), storage).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword)
            .Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("Về menu chính").AssertReply(MenuPrompt)
            .StartTestAsync();

        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts), storage)
            .Send("Dành cho cộng tác viên").AssertReply(ProcedureMenu)
            .StartTestAsync();

        var saved = (await storage.ReadAsync(ConversationState.KeyFor("test", "conv-1")))!.Json;
        Assert.Contains("\"unlockedUntil\"", saved);
        Assert.DoesNotContain(Password, saved, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Name, saved, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_transcript_keeps_markers_instead_of_any_typed_name_and_password_right_or_wrong()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        var transcripts = new MemoryTranscriptStore();
        var runner = new TurnRunner(new MiddlewareSet(
        [
            new AutoSaveStateMiddleware(new MemoryStorage(), Options.Create(new HotlineBot.Hosting.HotlineOptions()), NullLogger<AutoSaveStateMiddleware>.Instance),
            new TranscriptMiddleware(transcripts, NullLogger<TranscriptMiddleware>.Instance),
        ]), HelplineBotBuilder.Build(accounts: accounts));
        var replies = new List<string>();
        foreach (var text in new[] { null, "Dành cho cộng tác viên", Name, "mat-khau-sai-xyz", Name, Password, "cấm tiếp xúc" })
        {
            var activity = text is null ? Joins : new Activity { Text = text };
            var message = activity with { ChannelId = "test", Conversation = new ConversationAccount("kept"), From = new ChannelAccount("u1", Role: "user") };
            var turn = await runner.RunTurnAsync(message, (a, _) => Task.FromResult(a));
            replies.AddRange(turn.SentSnapshot().Select(a => a.Text ?? ""));
        }
        Assert.Contains(replies, r => r.StartsWith("Đề nghị Chủ tịch UBND xã cấm tiếp xúc", StringComparison.Ordinal)); // the sign-in did open the area

        var said = (await transcripts.ReadAsync("test", "kept")).Where(a => a.From?.Role == "user").Select(a => a.Text).ToList();

        string[] expected =
        [
            "Dành cho cộng tác viên",
            CollaboratorDialog.WithheldNameMarker, CollaboratorDialog.WithheldPasswordMarker,
            CollaboratorDialog.WithheldNameMarker, CollaboratorDialog.WithheldPasswordMarker,
            "cấm tiếp xúc",
        ];
        Assert.Equal(expected, said);
    }

    [Fact]
    public async Task On_sms_the_sign_in_the_procedure_list_and_each_step_read_as_numbered_options()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        var runner = new TurnRunner(new MiddlewareSet(
            [new AutoSaveStateMiddleware(new MemoryStorage(), Options.Create(new HotlineBot.Hosting.HotlineOptions()), NullLogger<AutoSaveStateMiddleware>.Instance)]),
            HelplineBotBuilder.Build(accounts: accounts));
        var sms = HotlineBot.Tests.Sms.SmsRendering.Renderer;
        var texts = new List<IReadOnlyList<string>>();
        foreach (var text in new[] { "xin chao", "5", Name, Password, "6", "1" })
        {
            var message = new Activity { Text = text, ChannelId = "sms", Conversation = new ConversationAccount("sms-1"), From = new ChannelAccount("u1", Role: "user") };
            var turn = await runner.RunTurnAsync(message, (a, _) => Task.FromResult(a));
            texts.Add(sms.Render(turn.SentSnapshot(), withoutDiacritics: true));
        }

        Assert.Equal("Khu vuc nay danh cho cong tac vien. Vui long nhap ten dang nhap tai khoan cong tac vien cua ban.", texts[1][0]);
        Assert.Equal("Vui long nhap mat khau. Mat khau khong duoc luu trong cuoc tro chuyen.", texts[2][0]);
        Assert.EndsWith("6. Bao cao 6 thang va bao cao nam\n7. Thang hanh dong (15/11-15/12)\n8. Ve menu chinh\nTra loi 1, 2, 3, 4, 5, 6, 7 hoac 8.", texts[3][^1]);
        Assert.StartsWith("Bao cao 6 thang va bao cao nam (6 buoc). Buoc 1/6: Bao cao 6 thang: gui truoc ngay 15/6.", texts[4][0]);
        Assert.EndsWith("1. Tiep\n2. Quay lai danh sach\nTra loi 1 hoac 2.", texts[4][^1]);
        Assert.StartsWith("Buoc 2/6: Gui toi:", texts[5][0]);
    }

    [Fact]
    public async Task After_the_unlock_expires_the_sign_in_is_asked_again_even_in_the_middle_of_a_procedure()
    {
        var clock = new ManualClock(Morning);
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection, clock);
        await new TestFlow(HelplineBotBuilder.Build(clock: clock, accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("trẻ em bị đánh thì báo ai").AssertReplyContains("Bước 1/7: Nếu trẻ đang gặp nguy hiểm, gọi 113 ngay.")
            .Do(() => clock.Advance(TimeSpan.FromHours(8)))
            .Send("Tiếp").AssertReply(Expired)
            .Send(Name).AssertReply(AskPassword).Send("sai-mat-khau-roi").AssertReply(WrongTwoLeft)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_conversation_lockout_ends_after_its_duration_and_the_right_password_then_opens_the_area()
    {
        var clock = new ManualClock(Morning);
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection, clock);
        await new TestFlow(HelplineBotBuilder.Build(clock: clock, accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send("khong-co-ai").AssertReply(AskPassword).Send("sai-1").AssertReplyContains("còn 2 lần")
            .Send("khong-co-ai").AssertReply(AskPassword).Send("sai-2").AssertReplyContains("còn 1 lần")
            .Send("khong-co-ai").AssertReply(AskPassword).Send("sai-3").AssertReplyContains("tạm khóa").AssertReply(MenuPrompt)
            .Do(() => clock.Advance(TimeSpan.FromMinutes(59)))
            .Send("Dành cho cộng tác viên").AssertReplyContains("tạm khóa").AssertReply(MenuPrompt)
            .Do(() => clock.Advance(TimeSpan.FromMinutes(1)))
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .StartTestAsync();
    }

    [Fact]
    public async Task The_report_procedure_gives_the_deadlines_of_the_collaborators_province()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("han nop bao cao la ngay nao")
            .AssertReply("Báo cáo 6 tháng và báo cáo năm (6 bước). Bước 1/6: Báo cáo 6 tháng: gửi trước ngày 15/6. Báo cáo năm: gửi trước ngày 15/12.")
            .Send("tiếp").AssertReply("Bước 2/6: Gửi tới: đơn vị đầu mối về bình đẳng giới mà kế hoạch của tỉnh giao nhận báo cáo.")
            .Send("tiếp").AssertReply("Bước 3/6: Hạn trên lấy từ Kế hoạch bình đẳng giới năm 2022 của Sở LĐ-TB&XH Lạng Sơn. Nếu kế hoạch năm nay của tỉnh ghi ngày khác, làm theo kế hoạch.")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_account_without_a_province_gets_the_default_deadlines()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection, province: null);
        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("Báo cáo 6 tháng và báo cáo năm")
            .AssertReplyContains("Báo cáo 6 tháng: gửi trước ngày 10/6. Báo cáo năm: gửi trước ngày 10/12.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_typed_while_reading_a_step_opens_the_procedure_it_is_about()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("1").AssertReplyContains("Bước 1/8: An toàn trước hết")
            .Send("nếu nạn nhân là trẻ em thì sao")
            .AssertReply("Khi người bị bạo lực là trẻ em (7 bước). Bước 1/7: Nếu trẻ đang gặp nguy hiểm, gọi 113 ngay. Gọi thêm 111, Tổng đài quốc gia bảo vệ trẻ em, miễn phí và trực 24/7.")
            .AssertSuggestedActions("Tiếp", "Quay lại danh sách")
            .StartTestAsync();
    }

    [Fact]
    public async Task When_too_many_passwords_are_checked_this_minute_the_collaborator_is_asked_to_wait_and_no_attempt_is_counted()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        var options = TestCollaborators.Options();
        options.SignInChecksPerMinute = 1;
        const string Busy = "Hệ thống đang kiểm tra nhiều lượt đăng nhập, bạn vui lòng đợi một phút rồi nhập lại mật khẩu.";
        await new TestFlow(HelplineBotBuilder.Build(collaborators: options, accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send("mat-khau-sai-1").AssertReply(WrongTwoLeft)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Busy)
            .Send("mat-khau-sai-2").AssertReply(Busy)
            .StartTestAsync();

        Assert.Equal(1, (await accounts.GetAsync(Name))!.FailedLogins);
    }

    [Fact]
    public async Task With_no_accounts_the_area_says_it_is_not_open_here()
    {
        await new TestFlow(HelplineBotBuilder.Build()).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên")
            .AssertReply("Khu vực dành cho cộng tác viên đang được hoàn thiện. Vui lòng liên hệ cán bộ xã phụ trách.")
            .AssertReply(MenuPrompt)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_no_procedure_fits_is_asked_again_and_the_procedure_list_stays()
    {
        var (accounts, _) = await TestCollaborators.CreateAsync(redis.Connection);
        await new TestFlow(HelplineBotBuilder.Build(accounts: accounts)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskName)
            .Send(Name).AssertReply(AskPassword).Send(Password).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("thời tiết hôm nay thế nào")
            .AssertReply("Mình chưa tìm thấy thủ tục phù hợp. Chọn một mục bên dưới, hoặc hỏi ngắn hơn, ví dụ: \"cấm tiếp xúc\".")
            .AssertSuggestedActions("Nhận tin báo bạo lực", "Đề nghị cấm tiếp xúc", "Nơi tạm lánh, địa chỉ tin cậy", "Trẻ em bị bạo lực",
                "Chuyển tới y tế, pháp lý, xã hội", "Báo cáo 6 tháng và báo cáo năm", "Tháng hành động (15/11–15/12)", "Về menu chính")
            .StartTestAsync();
    }
}
