using System.Globalization;
using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Dialogs;
using HotlineBot.Safety;
using HotlineBot.State;
using HotlineBot.Transcripts;
using Microsoft.Extensions.Options;

namespace HotlineBot.Collaborators;

/// <summary>
/// "Dành cho cộng tác viên": asks for the access code issued by the commune or district, then offers the procedures
/// of dialogs/procedures/ and shows the chosen one step by step ("Tiếp" / "Quay lại danh sách"), its legal basis
/// last. A question typed instead of a choice is matched to a procedure by its keywords.
/// The lock lives in <see cref="ConversationData.Collaborator"/>: a right code opens the area for
/// <see cref="CollaboratorOptions.UnlockDuration"/>; <see cref="CollaboratorOptions.MaxAttempts"/> wrong codes lock it
/// for <see cref="CollaboratorOptions.LockoutDuration"/>. The typed code is compared and forgotten: never stored, never logged.
/// State between turns: <see cref="DialogInstance.Values"/> holds the mode and the procedure being read,
/// <see cref="DialogInstance.Step"/> the step shown.
/// </summary>
public sealed class CollaboratorDialog(
    HotlineContent content,
    EmergencyNumbersText numbers,
    ProcedureLibrary library,
    ProcedureMatcher matcher,
    AccessCodeVerifier verifier,
    IOptions<CollaboratorOptions> options,
    TimeProvider clock) : Dialog(DialogIds.Collaborator)
{
    private const string ModeKey = "mode";
    private const string ProcedureKey = "procedure";
    private const string AskingCode = "code";
    private const string ChoosingProcedure = "menu";
    private const string ReadingProcedure = "read";

    /// <summary>What the transcript records in place of a typed access code (for staff, never shown to a citizen).</summary>
    public const string WithheldCodeMarker = "[access code withheld]";

    private readonly ProcedureViewer _viewer = new(content.Messages);

    private MessageTemplates Messages => content.Messages;

    /// <summary>The prompt of the procedure menu and of each step.</summary>
    public ProcedurePrompt BuildPrompt() => new(DialogIds.CollaboratorChoice, matcher);

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, PromptOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!verifier.AnyConfigured)
        {
            await dc.Context.SendAsync(Messages.Render(MessageIds.NotReadyCollaborator, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        var access = Access(dc);
        var now = clock.GetUtcNow();
        if (access.IsUnlocked(now))
        {
            return await ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken);
        }
        if (access.IsLocked(now))
        {
            await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorLocked, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        return await AskCodeAsync(dc, Messages.Render(MessageIds.CollaboratorAskCode), cancellationToken);
    }

    /// <summary>Only reached if the prompt is gone (e.g. after a deploy): ask again for what the mode needs.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        Mode(dc) == AskingCode
            ? AskCodeAsync(dc, Messages.Render(MessageIds.CollaboratorAskCode), cancellationToken)
            : ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken);

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken = default)
    {
        var mode = Mode(dc);
        if (mode == AskingCode)
        {
            return await CheckCodeAsync(dc, result, cancellationToken);
        }
        if (result is null || result.NoAnswer)
        {
            // Not understood three times: from a step, back to the list; from the list, back to the main menu.
            return mode == ReadingProcedure
                ? await ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken)
                : await dc.EndDialogAsync(null, cancellationToken);
        }
        if (!Access(dc).IsUnlocked(clock.GetUtcNow()))
        {
            return await AskCodeAsync(dc, Messages.Render(MessageIds.CollaboratorExpired), cancellationToken);
        }
        return mode == ReadingProcedure
            ? await OnStepAnswerAsync(dc, result, cancellationToken)
            : await OnMenuAnswerAsync(dc, result, cancellationToken);
    }

    private async Task<DialogTurnResult> CheckCodeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        if (result?.Text is not { } typed)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        dc.Context.Set(new WithheldInput(WithheldCodeMarker)); // the transcript keeps a marker, never the code
        var access = Access(dc);
        var now = clock.GetUtcNow();
        var settings = options.Value;
        if (access.IsLocked(now))
        {
            await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorLocked, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        if (!verifier.TryVerify(typed, out var code))
        {
            // Too many codes checked on this instance this minute: nothing was checked, so nothing is counted.
            return await AskCodeAsync(dc, Messages.Render(MessageIds.CollaboratorBusy), cancellationToken);
        }
        if (code is not null)
        {
            access.UnlockedUntil = now + settings.UnlockDuration;
            access.Issuer = code.Issuer;
            access.Province = code.Province;
            access.FailedAttempts = 0;
            access.LockedUntil = null;
            await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorUnlocked, ("issuer", code.Issuer), ("duration", Duration(settings.UnlockDuration))), cancellationToken);
            return await ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken);
        }
        access.FailedAttempts++;
        if (access.FailedAttempts >= settings.MaxAttempts)
        {
            access.LockedUntil = now + settings.LockoutDuration;
            access.FailedAttempts = 0;
            await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorLocked, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        var remaining = (settings.MaxAttempts - access.FailedAttempts).ToString(CultureInfo.InvariantCulture);
        return await AskCodeAsync(dc, Messages.Render(MessageIds.CollaboratorWrongCode, ("remaining", remaining)), cancellationToken);
    }

    private Task<DialogTurnResult> OnMenuAnswerAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        if (result.ChoiceIndex == library.Procedures.Count)
        {
            return dc.EndDialogAsync(null, cancellationToken); // "Về menu chính"
        }
        var procedure = result.ChoiceIndex is { } index && index < library.Procedures.Count
            ? library.Procedures[index]
            : matcher.Match(result.Text);
        return procedure is null
            ? ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken)
            : ShowStepAsync(dc, procedure, 0, cancellationToken);
    }

    private Task<DialogTurnResult> OnStepAnswerAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var reading = instance.Values.TryGetValue(ProcedureKey, out var id) ? library.Find(id) : null;
        return result.ChoiceIndex switch
        {
            0 when reading is not null => ShowStepAsync(dc, reading, instance.Step + 1, cancellationToken), // "Tiếp"
            null when matcher.Match(result.Text) is { } asked => ShowStepAsync(dc, asked, 0, cancellationToken),
            _ => ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken), // "Quay lại danh sách"
        };
    }

    private async Task<DialogTurnResult> ShowStepAsync(DialogContext dc, Procedure procedure, int index, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog! with { Step = Math.Clamp(index, 0, procedure.Steps.Count - 1) };
        dc.UpdateActive(instance);
        instance.Values[ModeKey] = ReadingProcedure;
        instance.Values[ProcedureKey] = procedure.Id;
        var schedule = library.Deadlines.For(Access(dc).Province);
        var text = _viewer.Step(procedure, instance.Step, schedule, numbers.Line);
        if (!_viewer.IsLast(procedure, instance.Step))
        {
            return await dc.PromptAsync(DialogIds.CollaboratorChoice, new PromptOptions
            {
                Text = text,
                RetryText = Messages.Render(MessageIds.CollaboratorViewRetry),
                Choices = [Messages.Render(MessageIds.CollaboratorNext), Messages.Render(MessageIds.CollaboratorBack)],
            }, cancellationToken);
        }
        await dc.Context.SendAsync(text, cancellationToken);
        await dc.Context.SendAsync(_viewer.LegalBasis(procedure), cancellationToken);
        return await ShowMenuAsync(dc, MessageIds.CollaboratorMenuAgain, cancellationToken);
    }

    private Task<DialogTurnResult> ShowMenuAsync(DialogContext dc, string textId, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.Values[ModeKey] = ChoosingProcedure;
        instance.Values.Remove(ProcedureKey);
        return dc.PromptAsync(DialogIds.CollaboratorChoice, new PromptOptions
        {
            Text = Messages.Render(textId),
            RetryText = Messages.Render(MessageIds.CollaboratorMenuRetry),
            Choices = [.. library.Procedures.Select(p => p.Label), Messages.Render(MessageIds.CollaboratorMenuExit)],
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskCodeAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.Values[ModeKey] = AskingCode;
        return dc.PromptAsync(DialogIds.Text, new PromptOptions { Text = text }, cancellationToken);
    }

    private static string Mode(DialogContext dc) => dc.ActiveDialog!.Values.GetValueOrDefault(ModeKey, AskingCode);

    private static CollaboratorAccess Access(DialogContext dc)
    {
        var data = dc.Context.Require<ConversationState>().Data;
        return data.Collaborator ??= new CollaboratorAccess();
    }

    private string Duration(TimeSpan duration) =>
        duration.TotalMinutes % 60 == 0
            ? Messages.Render(MessageIds.CollaboratorDurationHours, ("hours", ((int)duration.TotalHours).ToString(CultureInfo.InvariantCulture)))
            : Messages.Render(MessageIds.CollaboratorDurationMinutes, ("minutes", ((int)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture)));
}
