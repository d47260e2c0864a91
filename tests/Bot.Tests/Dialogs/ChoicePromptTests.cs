using System.Text.Json;
using HotlineBot.Activities;
using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class ChoicePromptTests
{
    private static TestFlow AtNeedQuestion() =>
        new TestFlow(new SampleBot(SampleDialogs.Intake))
            .Send("xin chào")
            .AssertReply("Chào bạn, mình ở đây để lắng nghe bạn.")
            .AssertReply("Bạn cần hỗ trợ gì?");

    [Fact]
    public Task ClickingASuggestedActionSendsItsTitle()
    {
        var click = CardAction.ImBack("Hỏi về pháp luật");
        return AtNeedQuestion()
            .Send(new Activity { Text = click.Value })
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .Send("Lào Cai")
            .AssertReply("Cảm ơn bạn. Mình sẽ tìm \"Hỏi về pháp luật\" ở Lào Cai.")
            .StartTestAsync();
    }

    [Fact]
    public Task MessageBackWithAStringValueIsAccepted() =>
        AtNeedQuestion()
            .Send(new Activity { Value = JsonSerializer.SerializeToElement("Nói chuyện với tư vấn viên") })
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .Send("Hải Phòng")
            .AssertReply("Cảm ơn bạn. Mình sẽ tìm \"Nói chuyện với tư vấn viên\" ở Hải Phòng.")
            .StartTestAsync();

    [Fact]
    public Task AWholeSentenceContainingOneOptionIsAccepted() =>
        AtNeedQuestion()
            .Send("Mình muốn hỏi về pháp luật ạ")
            .AssertReply("Bạn đang ở tỉnh/thành nào?")
            .Send("Bến Tre")
            .AssertReplyContains("\"Hỏi về pháp luật\" ở Bến Tre")
            .StartTestAsync();

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("   ")]
    public Task OutOfRangeOrBlankAnswersAreAskedAgain(string answer) =>
        AtNeedQuestion()
            .Send(answer)
            .AssertReply("Bạn chọn giúp mình một mục, hoặc gõ số 1, 2, 3 nhé.")
            .AssertSuggestedActions(SampleDialogs.Needs)
            .StartTestAsync();
}
