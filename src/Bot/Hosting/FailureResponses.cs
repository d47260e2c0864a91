using HotlineBot.Channels.DirectLine;
using HotlineBot.Safety;
using Microsoft.AspNetCore.Diagnostics;
using StackExchange.Redis;

namespace HotlineBot.Hosting;

/// <summary>
/// What a request gets when something behind it fails (Redis down, a bug): a Direct Line error body whose message
/// carries the emergency numbers from memory, so even a failed request tells a person in danger whom to call.
/// Storage outages answer 503; anything else 500. Nothing about the request is echoed or logged.
/// </summary>
public static class FailureResponses
{
    public static IApplicationBuilder UseFailureResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(failed => failed.Run(async http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var numbers = http.RequestServices.GetRequiredService<EmergencyNumbersText>().Line;
            var unavailable = error is RedisException or TimeoutException;
            var status = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            var message = $"Hệ thống đang gặp sự cố, vui lòng thử lại sau. Nếu bạn đang gặp nguy hiểm, hãy gọi ngay: {numbers}.";
            await DirectLineErrors.Error(status, "ServiceError", message).ExecuteAsync(http);
        }));
}
