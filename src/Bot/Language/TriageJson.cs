using System.Text.Encodings.Web;
using System.Text.Json;

namespace HotlineBot.Language;

/// <summary>Writes a <see cref="TriageResult"/> as the one-line JSON object of the <c>classify</c> verb.</summary>
public static class TriageJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"text":…,"intent":…,"risk":…,"entities":{"relation":[{"value":…,"text":…,"start":…,"length":…}],…},"cues":[…]}</c></summary>
    public static string Serialize(string text, TriageResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("text", text);
            w.WriteString("intent", result.Intent.Name());
            w.WriteString("risk", result.Risk.Name());
            w.WriteStartObject("entities");
            foreach (var group in result.Entities.GroupBy(e => e.Kind))
            {
                w.WriteStartArray(group.Key);
                foreach (var e in group)
                {
                    w.WriteStartObject();
                    w.WriteString("value", e.Value);
                    w.WriteString("text", e.Text);
                    w.WriteNumber("start", e.Start);
                    w.WriteNumber("length", e.Length);
                    if (e.Detail is not null)
                    {
                        w.WriteString("detail", e.Detail);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteStartArray("cues");
            foreach (var cue in result.Cues)
            {
                w.WriteStringValue(cue);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
