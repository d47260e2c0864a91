using Microsoft.AspNetCore.Antiforgery;

namespace HotlineBot.Operators;

/// <summary>
/// Anti-forgery for the console: every state-changing request must carry the token (header <see cref="HeaderName"/>)
/// matching the anti-forgery cookie, issued by <c>GET /console/api/antiforgery</c> to the signed-in user. Missing or
/// wrong → 400 with a reason. (Runs after authorization, so an anonymous caller still gets 401.)
/// </summary>
public static class ConsoleAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static TBuilder RequireConsoleAntiforgery<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                return await next(context);
            }
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem("Thiếu hoặc sai mã chống giả mạo (anti-forgery token); hãy tải lại trang.", statusCode: StatusCodes.Status400BadRequest);
            }
            return await next(context);
        });
}
