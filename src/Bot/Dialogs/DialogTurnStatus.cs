namespace HotlineBot.Dialogs;

/// <summary>Where the dialog stack stands at the end of a call into the engine.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was on the stack.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; its result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>Every dialog was cancelled (see <see cref="DialogTurnResult.CancelWord"/>).</summary>
    Cancelled,
}
