using System.Text.Json;
using HotlineBot.Dialogs;
using HotlineBot.State;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

public sealed class DialogStateJsonTests
{
    [Fact]
    public void AnInterruptedStackRoundTripsWithItsTypes()
    {
        var data = new ConversationData();
        data.Dialogs.Stack.Add(new DialogInstance { DialogId = "intake", Step = 1, Values = { ["need"] = "Tìm nơi tạm lánh" } });
        data.Dialogs.Stack.Add(new DialogInstance
        {
            DialogId = "choice",
            Prompt = new PromptState { Text = "Bạn cần hỗ trợ gì?", Choices = ["Có", "Không"], Attempts = 2, MaxAttempts = 3 },
        });
        data.Dialogs.Stack.Add(new DialogInstance { DialogId = "emergency", Interrupting = true });

        var json = JsonSerializer.Serialize(data, StateJson.Default.ConversationData);
        var back = JsonSerializer.Deserialize(json, StateJson.Default.ConversationData)!;

        Assert.Equal(["intake", "choice", "emergency"], back.Dialogs.Stack.Select(i => i.DialogId));
        Assert.Equal(1, back.Dialogs.Stack[0].Step);
        Assert.Equal("Tìm nơi tạm lánh", back.Dialogs.Stack[0].Values["need"]);
        Assert.Equal(["Có", "Không"], back.Dialogs.Stack[1].Prompt!.Choices);
        Assert.Equal(2, back.Dialogs.Stack[1].Prompt!.Attempts);
        Assert.True(back.Dialogs.Stack[2].Interrupting);
        Assert.Equal(json, JsonSerializer.Serialize(back, StateJson.Default.ConversationData));
    }
}
