using HotlineBot.Channels.Sms;
using HotlineBot.Content;
using HotlineBot.Hosting;
using HotlineBot.Safety;
using Microsoft.Extensions.Options;

namespace HotlineBot.Tests.Sms;

/// <summary>The SMS renderer as the service builds it: the shipped content, word list and emergency numbers.</summary>
internal static class SmsRendering
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");

    public static HotlineContent Content { get; } = ContentLoader.Load(Dialogs);

    public static EmergencyNumbersText Numbers { get; } = new(Options.Create(new HotlineOptions
    {
        EmergencyNumbers =
        [
            new() { Number = "113", Label = "Công an" },
            new() { Number = "111", Label = "Bảo vệ trẻ em, miễn phí" },
            new() { Number = "1800 1768", Label = "Hỗ trợ phụ nữ, miễn phí 24/7" },
        ],
    }));

    public static DiscreetRewriter Rewriter { get; } = new(DiscreetVocabularyLoader.Load(Dialogs), Numbers, Content);

    public static SmsRenderer Renderer { get; } = new(Content, Rewriter);
}
