using System.Text.Json.Serialization;
using HotlineBot.Activities;

namespace HotlineBot.Channels.DirectLine;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenService.TokenPayload))]
[JsonSerializable(typeof(Activity))]
internal partial class DirectLineJson : JsonSerializerContext;
