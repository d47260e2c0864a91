// HotlineBot: one binary. With a verb it is a command-line tool; without, the web service.
using HotlineBot.Cli;
using HotlineBot.Hosting;

if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return await CliRunner.RunAsync(args);
}

var app = HotlineApp.Build(args);   // Hosting/HotlineApp.cs: services, pipeline, endpoints
await app.RunAsync();
return 0;
