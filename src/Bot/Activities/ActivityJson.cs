using System.Text.Json;
using System.Text.Json.Serialization;

namespace HotlineBot.Activities;

/// <summary>Source-generated JSON for activities: camelCase, nulls omitted, as on the Direct Line wire.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
public partial class ActivityJson : JsonSerializerContext
{
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Default.Activity);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, Default.Activity);
}
