namespace HotlineBot.Operators;

/// <summary>The operator console: its page is static (<c>wwwroot/console/</c>); its API lives under <c>/console/api</c>.</summary>
public static class ConsoleApi
{
    public static RouteGroupBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/console/api").WithTags("Console");
        api.MapConsoleAccounts();
        api.MapConsoleCases();
        api.MapConsoleSupervision();
        api.MapConsoleDirectory();
        Collaborators.CollaboratorChatApi.MapCollaboratorChat(api);
        return api;
    }
}
