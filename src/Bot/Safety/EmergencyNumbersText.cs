using HotlineBot.Hosting;
using Microsoft.Extensions.Options;

namespace HotlineBot.Safety;

/// <summary>The configured emergency numbers as one line of text ("113 (Công an) · 111 (…) · …"), built once, kept in memory.</summary>
public sealed class EmergencyNumbersText(IOptions<HotlineOptions> options)
{
    public string Line { get; } = string.Join(" · ", options.Value.EmergencyNumbers.Select(n => $"{n.Number} ({n.Label})"));

    public IReadOnlyList<EmergencyNumber> Numbers { get; } = options.Value.EmergencyNumbers;

    /// <summary>The numbers marked <see cref="EmergencyNumber.ForChildren"/> ("111 (Bảo vệ trẻ em, miễn phí)"); empty when none is.</summary>
    public string ChildrenLine { get; } = string.Join(" · ", options.Value.EmergencyNumbers.Where(n => n.ForChildren).Select(n => $"{n.Number} ({n.Label})"));
}
