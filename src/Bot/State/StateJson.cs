using System.Text.Json.Serialization;

namespace HotlineBot.State;

/// <summary>Source-generated JSON for persisted state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationData))]
public partial class StateJson : JsonSerializerContext;
