using System.Globalization;
using System.Text;

namespace HotlineBot.Channels.DirectLine;

/// <summary>
/// Activities read from a conversation log, kept as the JSON they were stored as, and the watermark after them.
/// Streams and polls send them on as an ActivitySet without decoding and re-encoding each one.
/// </summary>
public sealed record ActivityPage(IReadOnlyList<string> Activities, int Watermark)
{
    /// <summary><c>{"activities":[…],"watermark":"N"}</c> as UTF-8.</summary>
    public byte[] ToActivitySetUtf8()
    {
        var json = new StringBuilder(64 + Activities.Sum(a => a.Length + 1));
        json.Append("{\"activities\":[");
        for (var i = 0; i < Activities.Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(Activities[i]);
        }
        json.Append("],\"watermark\":\"").Append(Watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
