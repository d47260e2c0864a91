using HotlineBot.Tests.Dialogs.Samples;
using HotlineBot.Tests.Testing;
using Xunit;

namespace HotlineBot.Tests.Dialogs;

/// <summary>Conversations kept as <c>.chat</c> scripts, replayed against the sample dialogs.</summary>
public sealed class TranscriptTests
{
    [Theory]
    [InlineData(SampleDialogs.Intake, "intake-three-turns.chat")]
    [InlineData(SampleDialogs.Intake, "choice-by-number.chat")]
    [InlineData(SampleDialogs.Intake, "choice-without-diacritics.chat")]
    [InlineData(SampleDialogs.Intake, "choice-partial-words.chat")]
    [InlineData(SampleDialogs.Intake, "choice-retry-then-give-up.chat")]
    [InlineData(SampleDialogs.Safety, "confirm-no-ko.chat")]
    [InlineData(SampleDialogs.Safety, "confirm-yes-uh.chat")]
    [InlineData(SampleDialogs.Safety, "confirm-yes-dc.chat")]
    [InlineData(SampleDialogs.Safety, "confirm-retry-then-give-up.chat")]
    [InlineData(SampleDialogs.Where, "location-shared.chat")]
    [InlineData(SampleDialogs.Where, "location-typed.chat")]
    [InlineData(SampleDialogs.Intake, "cancel-mid-dialog.chat")]
    [InlineData(SampleDialogs.Intake, "interruption-resumes-waterfall.chat")]
    [InlineData(SampleDialogs.Intake, "interruption-during-choice.chat")]
    public Task Replays(string rootDialog, string chatFile) =>
        new TestFlow(new SampleBot(rootDialog))
            .Replay(Path.Combine("Dialogs", "Transcripts", chatFile))
            .StartTestAsync();
}
