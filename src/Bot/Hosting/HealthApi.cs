using HotlineBot.Content;
using HotlineBot.State;

namespace HotlineBot.Hosting;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: storage reachable and content loaded. No details are exposed.</summary>
public static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok")).WithTags("Health");
        app.MapGet("/readyz", async (IStorage storage, HotlineContent content, CancellationToken ct) =>
            await storage.PingAsync(ct) && content.Menu.Count > 0
                ? Results.Text("ready")
                : Results.Text("not ready", statusCode: StatusCodes.Status503ServiceUnavailable)).WithTags("Health");
    }
}
