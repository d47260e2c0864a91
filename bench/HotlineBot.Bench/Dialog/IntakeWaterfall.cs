using HotlineBot.Dialogs;

namespace HotlineBot.Bench.Dialog;

/// <summary>
/// The benchmark's dialog, step for step the one in <c>bench/node/dialog-bench.js</c>: greeting and a choice
/// prompt for the need, a text prompt for the province, thanks naming both.
/// </summary>
public static class IntakeWaterfall
{
    public const string Id = "intake";

    public static readonly string[] Needs = ["Tìm nơi tạm lánh", "Hỏi về pháp luật", "Nói chuyện với tư vấn viên"];

    /// <summary>What the citizen says in each of the three turns.</summary>
    public static readonly string[] Says = ["xin chào", "Hỏi về pháp luật", "Hà Tĩnh"];

    /// <summary>Greeting + need prompt, province prompt, thanks.</summary>
    public const int RepliesPerConversation = 4;

    public const string LastReplyEnding = "ở Hà Tĩnh.";

    public static DialogSet Create() => new DialogSet()
        .Add(new ChoicePrompt("choice"))
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog(Id, GreetAndAskNeedAsync, AskProvinceAsync, ThankAsync));

    private static async Task<DialogTurnResult> GreetAndAskNeedAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendAsync("Chào bạn, mình ở đây để lắng nghe bạn.", ct);
        return await step.PromptAsync("choice", new PromptOptions
        {
            Text = "Bạn cần hỗ trợ gì?",
            RetryText = "Bạn chọn giúp mình một mục, hoặc gõ số 1, 2, 3 nhé.",
            Choices = Needs,
        }, ct);
    }

    private static Task<DialogTurnResult> AskProvinceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["need"] = step.Result?.Choice ?? "";
        return step.PromptAsync("text", new PromptOptions { Text = "Bạn đang ở tỉnh/thành nào?" }, ct);
    }

    private static async Task<DialogTurnResult> ThankAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["province"] = step.Result?.Text ?? "";
        await step.Context.SendAsync($"Cảm ơn bạn. Mình sẽ tìm \"{step.Values["need"]}\" ở {step.Values["province"]}.", ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
