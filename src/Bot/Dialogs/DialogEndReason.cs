namespace HotlineBot.Dialogs;

/// <summary>Why a dialog left the stack.</summary>
public enum DialogEndReason
{
    Ended,
    Cancelled,
    Replaced,
}
