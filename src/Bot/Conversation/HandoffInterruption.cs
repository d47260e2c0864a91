using HotlineBot.Dialogs;

namespace HotlineBot.Conversation;

/// <summary>
/// "gặp tư vấn viên" (with or without diacritics) at any point starts the handoff, on top of whatever runs — unless the
/// question waiting for an answer offers it as a choice (the menu, a legal answer, the shelter finder): then that
/// dialog takes it and starts the handoff itself, so it does not ask its question again afterwards.
/// </summary>
public sealed class HandoffInterruption : IInterruption
{
    private static readonly string[] Phrases = ["gap tu van vien", "noi chuyen voi tu van vien", "gap nguoi tu van"];

    public Task<string?> ShouldInterruptAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Stack.Any(i => i.DialogId == DialogIds.Handoff))
        {
            return Task.FromResult<string?>(null);
        }
        var folded = TextFolding.Fold(dc.Context.Activity.Text);
        if (dc.ActiveDialog?.Prompt?.Choices is { } offered && offered.Any(c => TextFolding.Fold(c) == folded))
        {
            return Task.FromResult<string?>(null);
        }
        return Task.FromResult(Phrases.Any(p => folded.Contains(p, StringComparison.Ordinal)) ? DialogIds.Handoff : null);
    }
}
