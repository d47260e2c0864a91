using HotlineBot.Activities;
using HotlineBot.Collaborators;
using HotlineBot.State;
using HotlineBot.Tests.Conversation;
using HotlineBot.Tests.Testing;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Collaborators;

/// <summary>The collaborator area with the real content: the access code, the lock, and procedures read step by step.</summary>
public sealed class CollaboratorConversationTests
{
    private const string MenuPrompt = "Bạn cần hỗ trợ gì? Chọn một mục bên dưới, hoặc nhắn cho mình.";
    private const string AskCode = "Khu vực này dành cho cộng tác viên. Vui lòng nhập mã truy cập do UBND xã (hoặc huyện) cấp cho bạn.";
    private const string Unlocked = "Đã mở khu vực cộng tác viên (UBND xã Thử Nghiệm, Lạng Sơn). Phiên làm việc mở trong 8 giờ.";
    private const string ProcedureMenu = "Chọn thủ tục bạn cần xem, hoặc nhắn câu hỏi, ví dụ: \"nhận tin báo thì làm gì trước\".";
    private const string Expired = "Phiên làm việc đã hết hạn. Vui lòng nhập lại mã truy cập.";

    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Theory]
    [InlineData("Collaborators/Transcripts/collaborator-receiving-report.chat")]
    [InlineData("Collaborators/Transcripts/collaborator-no-contact-order.chat")]
    [InlineData("Collaborators/Transcripts/collaborator-wrong-code.chat")]
    public Task Transcript(string chatFile) =>
        new TestFlow(HelplineBotBuilder.Build()).Send(Joins).Replay(chatFile).StartTestAsync();

    [Fact]
    public async Task An_unlocked_conversation_stays_unlocked_after_a_restart_and_the_code_is_never_stored()
    {
        var storage = new MemoryStorage();
        await new TestFlow(HelplineBotBuilder.Build(), storage).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("Về menu chính").AssertReply(MenuPrompt)
            .StartTestAsync();

        await new TestFlow(HelplineBotBuilder.Build(), storage)
            .Send("Dành cho cộng tác viên").AssertReply(ProcedureMenu)
            .StartTestAsync();

        var saved = (await storage.ReadAsync(ConversationState.KeyFor("test", "conv-1")))!.Json;
        Assert.Contains("\"unlockedUntil\"", saved);
        Assert.DoesNotContain(TestAccessCodes.LangSonCode, saved, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_transcript_keeps_a_marker_instead_of_any_typed_code_right_or_wrong()
    {
        var transcripts = new MemoryTranscriptStore();
        var runner = new TurnRunner(new MiddlewareSet(
        [
            new AutoSaveStateMiddleware(new MemoryStorage(), Options.Create(new HotlineBot.Hosting.HotlineOptions()), NullLogger<AutoSaveStateMiddleware>.Instance),
            new TranscriptMiddleware(transcripts, NullLogger<TranscriptMiddleware>.Instance),
        ]), HelplineBotBuilder.Build());
        var replies = new List<string>();
        foreach (var text in new[] { null, "Dành cho cộng tác viên", "ma-sai-2026-xyz", TestAccessCodes.LangSonCode, "cấm tiếp xúc" })
        {
            var activity = text is null ? Joins : new Activity { Text = text };
            var message = activity with { ChannelId = "test", Conversation = new ConversationAccount("kept"), From = new ChannelAccount("u1", Role: "user") };
            var turn = await runner.RunTurnAsync(message, (a, _) => Task.FromResult(a));
            replies.AddRange(turn.SentSnapshot().Select(a => a.Text ?? ""));
        }
        Assert.Contains(replies, r => r.StartsWith("Đề nghị Chủ tịch UBND xã cấm tiếp xúc", StringComparison.Ordinal)); // the code did unlock

        var said = (await transcripts.ReadAsync("test", "kept")).Where(a => a.From?.Role == "user").Select(a => a.Text).ToList();

        Assert.Equal(["Dành cho cộng tác viên", CollaboratorDialog.WithheldCodeMarker, CollaboratorDialog.WithheldCodeMarker, "cấm tiếp xúc"], said);
    }

    [Fact]
    public async Task On_sms_the_procedure_list_and_each_step_read_as_numbered_options()
    {
        var runner = new TurnRunner(new MiddlewareSet(
            [new AutoSaveStateMiddleware(new MemoryStorage(), Options.Create(new HotlineBot.Hosting.HotlineOptions()), NullLogger<AutoSaveStateMiddleware>.Instance)]),
            HelplineBotBuilder.Build());
        var sms = HotlineBot.Tests.Sms.SmsRendering.Renderer;
        var texts = new List<IReadOnlyList<string>>();
        foreach (var text in new[] { "xin chao", "5", TestAccessCodes.LangSonCode, "6", "1" })
        {
            var message = new Activity { Text = text, ChannelId = "sms", Conversation = new ConversationAccount("sms-1"), From = new ChannelAccount("u1", Role: "user") };
            var turn = await runner.RunTurnAsync(message, (a, _) => Task.FromResult(a));
            texts.Add(sms.Render(turn.SentSnapshot(), withoutDiacritics: true));
        }

        Assert.EndsWith("6. Bao cao 6 thang va bao cao nam\n7. Thang hanh dong (15/11-15/12)\n8. Ve menu chinh\nTra loi 1, 2, 3, 4, 5, 6, 7 hoac 8.", texts[2][^1]);
        Assert.StartsWith("Bao cao 6 thang va bao cao nam (6 buoc). Buoc 1/6: Bao cao 6 thang: gui truoc ngay 15/6.", texts[3][0]);
        Assert.EndsWith("1. Tiep\n2. Quay lai danh sach\nTra loi 1 hoac 2.", texts[3][^1]);
        Assert.StartsWith("Buoc 2/6: Gui toi:", texts[4][0]);
    }

    [Fact]
    public async Task After_the_unlock_expires_the_code_is_asked_again_even_in_the_middle_of_a_procedure()
    {
        var clock = new ManualClock(Morning);
        await new TestFlow(HelplineBotBuilder.Build(clock: clock)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("trẻ em bị đánh thì báo ai").AssertReplyContains("Bước 1/7: Nếu trẻ đang gặp nguy hiểm, gọi 113 ngay.")
            .Do(() => clock.Advance(TimeSpan.FromHours(8)))
            .Send("Tiếp").AssertReply(Expired)
            .Send("sai-ma-roi-123").AssertReply("Mã chưa đúng. Bạn còn 2 lần thử, vui lòng nhập lại mã.")
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_lockout_ends_after_its_duration_and_the_right_code_then_opens_the_area()
    {
        var clock = new ManualClock(Morning);
        var flow = new TestFlow(HelplineBotBuilder.Build(clock: clock)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send("sai-1").AssertReplyContains("còn 2 lần")
            .Send("sai-2").AssertReplyContains("còn 1 lần")
            .Send("sai-3").AssertReplyContains("tạm khóa").AssertReply(MenuPrompt)
            .Do(() => clock.Advance(TimeSpan.FromMinutes(59)))
            .Send("Dành cho cộng tác viên").AssertReplyContains("tạm khóa").AssertReply(MenuPrompt)
            .Do(() => clock.Advance(TimeSpan.FromMinutes(1)))
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu);
        await flow.StartTestAsync();
    }

    [Fact]
    public async Task The_report_procedure_gives_the_deadlines_of_the_province_that_issued_the_code()
    {
        await new TestFlow(HelplineBotBuilder.Build()).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("han nop bao cao la ngay nao")
            .AssertReply("Báo cáo 6 tháng và báo cáo năm (6 bước). Bước 1/6: Báo cáo 6 tháng: gửi trước ngày 15/6. Báo cáo năm: gửi trước ngày 15/12.")
            .Send("tiếp").AssertReply("Bước 2/6: Gửi tới: đơn vị đầu mối về bình đẳng giới mà kế hoạch của tỉnh giao nhận báo cáo.")
            .Send("tiếp").AssertReply("Bước 3/6: Hạn trên lấy từ Kế hoạch bình đẳng giới năm 2022 của Sở LĐ-TB&XH Lạng Sơn. Nếu kế hoạch năm nay của tỉnh ghi ngày khác, làm theo kế hoạch.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_code_without_a_province_gets_the_default_deadlines()
    {
        var options = TestAccessCodes.Options();
        options.AccessCodes[0].Province = null;
        await new TestFlow(HelplineBotBuilder.Build(collaborators: options)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReplyContains("Đã mở").AssertReply(ProcedureMenu)
            .Send("Báo cáo 6 tháng và báo cáo năm")
            .AssertReplyContains("Báo cáo 6 tháng: gửi trước ngày 10/6. Báo cáo năm: gửi trước ngày 10/12.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_typed_while_reading_a_step_opens_the_procedure_it_is_about()
    {
        await new TestFlow(HelplineBotBuilder.Build()).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("1").AssertReplyContains("Bước 1/8: An toàn trước hết")
            .Send("nếu nạn nhân là trẻ em thì sao")
            .AssertReply("Khi người bị bạo lực là trẻ em (7 bước). Bước 1/7: Nếu trẻ đang gặp nguy hiểm, gọi 113 ngay. Gọi thêm 111, Tổng đài quốc gia bảo vệ trẻ em, miễn phí và trực 24/7.")
            .AssertSuggestedActions("Tiếp", "Quay lại danh sách")
            .StartTestAsync();
    }

    [Fact]
    public async Task When_too_many_codes_are_checked_this_minute_the_collaborator_is_asked_to_wait_and_no_attempt_is_counted()
    {
        var options = TestAccessCodes.Options();
        options.CodeChecksPerMinute = 1;
        await new TestFlow(HelplineBotBuilder.Build(collaborators: options)).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send("ma-sai-thu-nhat").AssertReply("Mã chưa đúng. Bạn còn 2 lần thử, vui lòng nhập lại mã.")
            .Send(TestAccessCodes.LangSonCode).AssertReply("Hệ thống đang kiểm tra nhiều mã, bạn vui lòng đợi một phút rồi nhập lại mã.")
            .Send("ma-sai-thu-hai").AssertReply("Hệ thống đang kiểm tra nhiều mã, bạn vui lòng đợi một phút rồi nhập lại mã.")
            .StartTestAsync();
    }

    [Fact]
    public async Task With_no_access_code_configured_the_area_says_it_is_not_open_here()
    {
        await new TestFlow(HelplineBotBuilder.Build(collaborators: new CollaboratorOptions())).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên")
            .AssertReply("Khu vực dành cho cộng tác viên đang được hoàn thiện. Vui lòng liên hệ cán bộ xã phụ trách.")
            .AssertReply(MenuPrompt)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_no_procedure_fits_is_asked_again_and_the_procedure_list_stays()
    {
        await new TestFlow(HelplineBotBuilder.Build()).Send(Joins)
            .AssertReplyContains("113").AssertReply(MenuPrompt)
            .Send("Dành cho cộng tác viên").AssertReply(AskCode)
            .Send(TestAccessCodes.LangSonCode).AssertReply(Unlocked).AssertReply(ProcedureMenu)
            .Send("thời tiết hôm nay thế nào")
            .AssertReply("Mình chưa tìm thấy thủ tục phù hợp. Chọn một mục bên dưới, hoặc hỏi ngắn hơn, ví dụ: \"cấm tiếp xúc\".")
            .AssertSuggestedActions("Nhận tin báo bạo lực", "Đề nghị cấm tiếp xúc", "Nơi tạm lánh, địa chỉ tin cậy", "Trẻ em bị bạo lực",
                "Chuyển tới y tế, pháp lý, xã hội", "Báo cáo 6 tháng và báo cáo năm", "Tháng hành động (15/11–15/12)", "Về menu chính")
            .StartTestAsync();
    }
}
