using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Conversation;
using HotlineBot.Language;
using HotlineBot.State;
using HotlineBot.Tests.Testing;

namespace HotlineBot.Tests.Conversation;

/// <summary>The danger assessment with the real bot and content: what the person sees, and what the conversation keeps.</summary>
public sealed class DangerAssessmentConversationTests
{
    private const string Folder = "Conversation/Transcripts/";

    private static Activity Joins => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", Role: "user")],
    };

    [Fact]
    public async Task All_yes_is_high_with_every_reason_heaviest_first()
    {
        var data = await ReplayAsync("danger-assessment-all-yes-is-high.chat");

        var result = data.DangerAssessment!;
        Assert.True(result.Completed);
        Assert.True(result.CriticalYes);
        Assert.Equal(26, result.Score);
        Assert.Equal(RiskLevel.High, result.Level);
        Assert.All(result.Answers, a => Assert.Equal(DangerAnswer.Yes, a.Answer));
        Assert.Equal(
            ["da:weapon", "da:threat_to_kill", "da:strangling", "da:escalation", "da:jealousy_control", "da:separation", "da:children", "da:pregnancy", "da:suicide_threat", "da:substance"],
            result.Reasons);
        Assert.Equal(RiskLevel.High, data.Risk);
        Assert.Contains("da:strangling", data.RiskCues);
    }

    [Fact]
    public async Task All_no_is_none_and_does_not_raise_the_risk()
    {
        var data = await ReplayAsync("danger-assessment-all-no-is-low.chat");

        var result = data.DangerAssessment!;
        Assert.True(result.Completed);
        Assert.Equal(10, result.Answers.Count);
        Assert.All(result.Answers, a => Assert.Equal(DangerAnswer.No, a.Answer));
        Assert.Equal((0, RiskLevel.None), (result.Score, result.Level));
        Assert.Empty(result.Reasons);
        Assert.Equal(RiskLevel.None, data.Risk);
    }

    [Fact]
    public async Task Skipped_and_unreadable_answers_are_stored_as_skipped_and_add_nothing()
    {
        var data = await ReplayAsync("danger-assessment-skips.chat");

        var result = data.DangerAssessment!;
        Assert.Equal(DangerAnswer.Yes, result.Answers.Single(a => a.Item == "escalation").Answer);
        Assert.Equal(DangerAnswer.No, result.Answers.Single(a => a.Item == "substance").Answer);
        Assert.Equal(8, result.Answers.Count(a => a.Answer == DangerAnswer.Skipped));
        Assert.Equal((3, RiskLevel.Medium), (result.Score, result.Level));
        Assert.Equal(["da:escalation"], result.Reasons);
        Assert.Equal(RiskLevel.Medium, data.Risk);
    }

    [Fact]
    public async Task Shorthand_answers_add_up_to_high_without_a_critical_item()
    {
        var data = await ReplayAsync("danger-assessment-sms-shorthand.chat");

        var result = data.DangerAssessment!;
        Assert.False(result.CriticalYes);
        Assert.Equal((10, RiskLevel.High), (result.Score, result.Level));
        Assert.Equal(["da:escalation", "da:jealousy_control", "da:separation", "da:suicide_threat", "da:substance"], result.Reasons);
    }

    [Fact]
    public async Task Cancelled_with_huy_keeps_the_answers_given_as_an_unfinished_assessment()
    {
        var data = await ReplayAsync("danger-assessment-cancelled-with-huy.chat");

        var result = data.DangerAssessment!;
        Assert.False(result.Completed);
        Assert.Equal([new DangerItemAnswer("escalation", DangerAnswer.Yes), new DangerItemAnswer("weapon", DangerAnswer.No)], result.Answers);
        Assert.Equal(RiskLevel.Medium, result.Level);
        Assert.Equal(RiskLevel.Medium, data.Risk);
        Assert.Equal([DialogIds.MainMenu, DialogIds.MenuChoice], data.Dialogs.Stack.Select(i => i.DialogId));
    }

    [Fact]
    public async Task Stopped_with_thoi_records_an_unfinished_assessment_and_the_intake_goes_on()
    {
        var data = await ReplayAsync("danger-assessment-stopped-with-thoi.chat");

        var result = data.DangerAssessment!;
        Assert.False(result.Completed);
        Assert.Equal(["escalation", "weapon"], result.Answers.Select(a => a.Item));
        Assert.Equal(RiskLevel.None, result.Level);
    }

    [Fact]
    public async Task An_emergency_mid_assessment_leaves_the_answers_in_place_and_the_assessment_finishes()
    {
        var data = await ReplayAsync("danger-assessment-emergency-interrupts-and-resumes.chat");

        var result = data.DangerAssessment!;
        Assert.True(result.Completed);
        Assert.Equal(
            [DangerAnswer.Yes, DangerAnswer.No, DangerAnswer.Yes],
            result.Answers.Take(3).Select(a => a.Answer));
        Assert.All(result.Answers.Skip(3), a => Assert.Equal(DangerAnswer.Skipped, a.Answer));
        Assert.Equal(["da:threat_to_kill", "da:escalation"], result.Reasons);
        Assert.Contains("dialog:emergency", data.RiskCues);
        Assert.Contains("da:threat_to_kill", data.RiskCues);
    }

    [Fact]
    public async Task Not_safe_to_chat_mid_assessment_goes_quiet_and_keeps_the_answers()
    {
        var data = await ReplayAsync("danger-assessment-not-safe-goes-quiet.chat");

        var result = data.DangerAssessment!;
        Assert.False(result.Completed);
        Assert.Equal(["escalation", "weapon"], result.Answers.Select(a => a.Item));
        Assert.Equal(RiskLevel.High, result.Level);
        Assert.Empty(data.Dialogs.Stack);
    }

    [Fact]
    public async Task Other_needs_are_not_offered_the_assessment()
    {
        var data = await ReplayAsync("false-friend-does-not-interrupt.chat");

        Assert.Null(data.DangerAssessment);
    }

    private static async Task<ConversationData> ReplayAsync(string chatFile)
    {
        var storage = new MemoryStorage();
        await new TestFlow(HelplineBotBuilder.Build(), storage).Send(Joins).Replay(Folder + chatFile).StartTestAsync();
        var saved = await storage.ReadAsync(ConversationState.KeyFor("test", "conv-1"));
        return JsonSerializer.Deserialize(saved!.Json, StateJson.Default.ConversationData)!;
    }
}
