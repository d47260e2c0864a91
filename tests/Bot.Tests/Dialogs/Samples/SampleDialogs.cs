using System.Globalization;
using HotlineBot.Dialogs;

namespace HotlineBot.Tests.Dialogs.Samples;

/// <summary>Small dialogs in the shape the real bot will use, with Vietnamese literals instead of content templates.</summary>
public static class SampleDialogs
{
    public const string Intake = "intake";
    public const string Safety = "safety";
    public const string Where = "where";
    public const string Emergency = "emergency";

    public static readonly string[] Needs = ["Tìm nơi tạm lánh", "Hỏi về pháp luật", "Nói chuyện với tư vấn viên"];

    public static DialogSet Create() => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new ChoicePrompt("choice"))
        .Add(new ConfirmPrompt("confirm"))
        .Add(new LocationPrompt("location"))
        .Add(new WaterfallDialog(Intake, AskNeedAsync, AskProvinceAsync, ThankAsync))
        .Add(new WaterfallDialog(Safety, AskSafeAsync, AnswerSafeAsync))
        .Add(new WaterfallDialog(Where, AskWhereAsync, AnswerWhereAsync))
        .Add(new WaterfallDialog(Emergency, GiveNumbersAsync, AnswerEmergencyAsync));

    private static async Task<DialogTurnResult> AskNeedAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendAsync("Chào bạn, mình ở đây để lắng nghe bạn.", ct);
        return await step.PromptAsync("choice", new PromptOptions
        {
            Text = "Bạn cần hỗ trợ gì?",
            RetryText = "Bạn chọn giúp mình một mục, hoặc gõ số 1, 2, 3 nhé.",
            Choices = Needs,
        }, ct);
    }

    private static async Task<DialogTurnResult> AskProvinceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not { Choice: { } need })
        {
            await step.Context.SendAsync("Không sao. Bạn có thể gọi 1800 1768 bất cứ lúc nào.", ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        step.Values["need"] = need;
        return await step.PromptAsync("text", new PromptOptions { Text = "Bạn đang ở tỉnh/thành nào?" }, ct);
    }

    private static async Task<DialogTurnResult> ThankAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["province"] = step.Result?.Text ?? "";
        await step.Context.SendAsync($"Cảm ơn bạn. Mình sẽ tìm \"{step.Values["need"]}\" ở {step.Values["province"]}.", ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    private static Task<DialogTurnResult> AskSafeAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync("confirm", new PromptOptions
        {
            Text = "Bạn đang ở nơi an toàn chứ?",
            RetryText = "Bạn trả lời Có hoặc Không giúp mình nhé.",
            MaxAttempts = 2,
        }, ct);

    private static async Task<DialogTurnResult> AnswerSafeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendAsync(step.Result?.Confirmed switch
        {
            true => "Mình mừng vì bạn an toàn.",
            false => "Nếu bạn gặp nguy hiểm, hãy gọi 113 ngay.",
            null => "Mình vẫn ở đây khi bạn cần.",
        }, ct);
        return await step.EndDialogAsync(step.Result, ct);
    }

    private static Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync("location", new PromptOptions { Text = "Bạn đang ở đâu? Bạn có thể gửi vị trí hoặc gõ tên nơi bạn ở." }, ct);

    private static async Task<DialogTurnResult> AnswerWhereAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answer = step.Result?.Location is { } point
            ? string.Create(CultureInfo.InvariantCulture, $"Mình đã nhận vị trí {point.Latitude:F4}, {point.Longitude:F4}.")
            : $"Mình đã ghi nhận nơi: {step.Result?.Text}.";
        await step.Context.SendAsync(answer, ct);
        return await step.EndDialogAsync(step.Result, ct);
    }

    private static async Task<DialogTurnResult> GiveNumbersAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendAsync("Nếu bạn đang gặp nguy hiểm, hãy gọi 113 ngay.", ct);
        return await step.PromptAsync("confirm", new PromptOptions { Text = "Bạn có thể tiếp tục nhắn tin không?" }, ct);
    }

    private static async Task<DialogTurnResult> AnswerEmergencyAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendAsync(step.Result?.Confirmed == true
            ? "Cảm ơn bạn. Mình tiếp tục nhé."
            : "Mình sẽ chờ bạn. Gọi 113 hoặc 1800 1768 khi cần.", ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
