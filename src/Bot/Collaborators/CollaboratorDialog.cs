using System.Globalization;
using HotlineBot.Activities;
using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Dialogs;
using HotlineBot.Operators;
using HotlineBot.Safety;
using HotlineBot.State;
using HotlineBot.Transcripts;
using Microsoft.Extensions.Options;

namespace HotlineBot.Collaborators;

/// <summary>
/// "Dành cho cộng tác viên": opens for a signed-in collaborator account, then offers the procedures of
/// dialogs/procedures/ and shows the chosen one step by step ("Tiếp" / "Quay lại danh sách"), its legal basis last.
/// A question typed instead of a choice is matched to a procedure by its keywords.
/// Two ways in: a web chat opened from the console by a signed-in collaborator carries a claim the Direct Line
/// adapter took from its signed token (<see cref="Activity.Collaborator"/>), and the menu opens at once; anywhere else
/// (SMS, the public web chat) the dialog asks for the account name, then the password, checked by
/// <see cref="CollaboratorSignIn"/> (the account's own lockout applies). Both are withheld from the transcript and the
/// Direct Line log (<see cref="WithheldInput"/>); the name waits in the dialog's values only until the password comes.
/// The lock lives in <see cref="ConversationData.Collaborator"/>: a sign-in opens the area for
/// <see cref="CollaboratorOptions.UnlockDuration"/> while the account stays enabled with the same stamp (checked on every
/// turn in the area); <see cref="CollaboratorOptions.MaxAttempts"/> failed sign-ins lock the conversation for
/// <see cref="CollaboratorOptions.LockoutDuration"/>.
/// State between turns: <see cref="DialogInstance.Values"/> holds the mode and the procedure being read,
/// <see cref="DialogInstance.Step"/> the step shown.
/// </summary>
public sealed class CollaboratorDialog(
    HotlineContent content,
    EmergencyNumbersText numbers,
    ProcedureLibrary library,
    ProcedureMatcher matcher,
    CollaboratorSignIn signIn,
    IOptions<CollaboratorOptions> options,
    TimeProvider clock) : Dialog(DialogIds.Collaborator)
{
    private const string ModeKey = "mode";
    private const string ProcedureKey = "procedure";
    private const string NameKey = "name";
    private const string AskingName = "name";
    private const string AskingPassword = "password";
    private const string ChoosingProcedure = "menu";
    private const string ReadingProcedure = "read";

    /// <summary>What the transcript and the Direct Line log record in place of a typed account name (for staff, never shown to a citizen).</summary>
    public const string WithheldNameMarker = "[collaborator name withheld]";

    /// <summary>What the transcript and the Direct Line log record in place of a typed password.</summary>
    public const string WithheldPasswordMarker = "[password withheld]";

    private readonly ProcedureViewer _viewer = new(content.Messages);

    private MessageTemplates Messages => content.Messages;

    /// <summary>The prompt of the procedure menu and of each step.</summary>
    public ProcedurePrompt BuildPrompt() => new(DialogIds.CollaboratorChoice, matcher);

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, PromptOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!signIn.Available)
        {
            await dc.Context.SendAsync(Messages.Render(MessageIds.NotReadyCollaborator, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        if (await IsOpenAsync(dc, cancellationToken))
        {
            return await ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken);
        }
        if (Access(dc).IsLocked(clock.GetUtcNow()))
        {
            await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorLocked, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        return await AskNameAsync(dc, Messages.Render(MessageIds.CollaboratorAskName), cancellationToken);
    }

    /// <summary>Only reached if the prompt is gone (e.g. after a deploy): ask again for what the mode needs.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        Mode(dc) is AskingName or AskingPassword
            ? AskNameAsync(dc, Messages.Render(MessageIds.CollaboratorAskName), cancellationToken)
            : ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken);

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken = default)
    {
        var mode = Mode(dc);
        if (mode == AskingName)
        {
            return await OnNameAsync(dc, result, cancellationToken);
        }
        if (mode == AskingPassword)
        {
            return await OnPasswordAsync(dc, result, cancellationToken);
        }
        if (result is null || result.NoAnswer)
        {
            // Not understood three times: from a step, back to the list; from the list, back to the main menu.
            return mode == ReadingProcedure
                ? await ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken)
                : await dc.EndDialogAsync(null, cancellationToken);
        }
        if (!await IsOpenAsync(dc, cancellationToken))
        {
            return await AskNameAsync(dc, Messages.Render(MessageIds.CollaboratorExpired), cancellationToken);
        }
        return mode == ReadingProcedure
            ? await OnStepAnswerAsync(dc, result, cancellationToken)
            : await OnMenuAnswerAsync(dc, result, cancellationToken);
    }

    /// <summary>
    /// True when this turn may see the area: the token's collaborator claim still holds (which opens or renews it), or a
    /// sign-in opened it and its account is still enabled with the same stamp. A claim or account that no longer holds
    /// closes the area.
    /// </summary>
    private async Task<bool> IsOpenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var access = Access(dc);
        var now = clock.GetUtcNow();
        if (dc.Context.Activity.Collaborator is { } claim && await signIn.AccountOfAsync(claim, cancellationToken) is { } vouched)
        {
            Open(access, vouched, now);
            return true;
        }
        if (!access.IsUnlocked(now))
        {
            return false;
        }
        if (await signIn.AccountOfAsync(new CollaboratorClaim(access.AccountId!, access.AccountStamp!), cancellationToken) is null)
        {
            access.UnlockedUntil = null;
            return false;
        }
        return true;
    }

    private async Task<DialogTurnResult> OnNameAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        if (result?.Text is not { } typed)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        dc.Context.Set(new WithheldInput(WithheldNameMarker)); // the transcript and the log keep a marker, never the name
        var instance = dc.ActiveDialog!;
        instance.Values[NameKey] = typed.Trim();
        instance.Values[ModeKey] = AskingPassword;
        return await dc.PromptAsync(DialogIds.SecretText, new PromptOptions { Text = Messages.Render(MessageIds.CollaboratorAskPassword) }, cancellationToken);
    }

    private async Task<DialogTurnResult> OnPasswordAsync(DialogContext dc, DialogResult? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var name = instance.Values.GetValueOrDefault(NameKey);
        if (result?.Text is not { } typed)
        {
            instance.Values.Remove(NameKey);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        dc.Context.Set(new WithheldInput(WithheldPasswordMarker)); // the transcript and the log keep a marker, never the password
        var access = Access(dc);
        var now = clock.GetUtcNow();
        var settings = options.Value;
        if (access.IsLocked(now))
        {
            instance.Values.Remove(NameKey);
            await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorLocked, ("numbers", numbers.Line)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        if (await signIn.TrySignInAsync(name, typed, cancellationToken) is not { } checkedIn)
        {
            // Too many sign-ins checked on this instance this minute: nothing was checked, so nothing is counted.
            instance.Values[ModeKey] = AskingPassword;
            return await dc.PromptAsync(DialogIds.SecretText, new PromptOptions { Text = Messages.Render(MessageIds.CollaboratorBusy) }, cancellationToken);
        }
        instance.Values.Remove(NameKey);
        switch (checkedIn.Outcome)
        {
            case LoginOutcome.Success:
                Open(access, checkedIn.Account!, now);
                access.FailedAttempts = 0;
                access.LockedUntil = null;
                await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorUnlocked, ("duration", Duration(settings.UnlockDuration))), cancellationToken);
                return await ShowMenuAsync(dc, MessageIds.CollaboratorMenu, cancellationToken);
            case LoginOutcome.LockedOut:
                await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorAccountLocked, ("numbers", numbers.Line)), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case LoginOutcome.Disabled:
                await dc.Context.SendAsync(Messages.Render(MessageIds.CollaboratorAccountDisabled, ("numbers", numbers.Line)), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
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
        return await AskNameAsync(dc, Messages.Render(MessageIds.CollaboratorWrongPassword, ("remaining", remaining)), cancellationToken);
    }

    private void Open(CollaboratorAccess access, OperatorAccount account, DateTimeOffset now)
    {
        access.UnlockedUntil = now + options.Value.UnlockDuration;
        access.AccountId = account.Id;
        access.AccountStamp = account.Stamp;
        access.Province = account.Province;
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

    private Task<DialogTurnResult> AskNameAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.Values[ModeKey] = AskingName;
        dc.ActiveDialog.Values.Remove(NameKey);
        return dc.PromptAsync(DialogIds.Text, new PromptOptions { Text = text }, cancellationToken);
    }

    private static string Mode(DialogContext dc) => dc.ActiveDialog!.Values.GetValueOrDefault(ModeKey, AskingName);

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
