namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>
/// The console browser fixture with queue position updates at test speed: a waiting citizen may hear again after one
/// second (two minutes in service), and the queue is swept every half second as well as on every change.
/// </summary>
public sealed class WaitingCitizenFixture : ConsoleBrowserFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(ConsoleFixture.AlwaysOnDuty)
    {
        ["QueueUpdates:WebChatInterval"] = "00:00:01",
        ["QueueUpdates:SweepInterval"] = "00:00:00.500",
    };
}
