using HotlineBot.Channels.DirectLine;
using HotlineBot.Channels.Sms;
using HotlineBot.Collaborators;
using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Handoff;
using HotlineBot.Knowledge;
using HotlineBot.Language;
using HotlineBot.Operators;
using HotlineBot.Referral.Gazetteer;
using HotlineBot.Safety;
using HotlineBot.State;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Hosting;

/// <summary>DI wiring of the core: options, content, storage (Redis or memory), the turn pipeline and Direct Line.</summary>
public static class HotlineServices
{
    public static IServiceCollection AddHotlineCore(this IServiceCollection services, IConfiguration configuration, string contentRoot, Serilog.ILogger startupLog)
    {
        services.AddOptions<HotlineOptions>().BindConfiguration(HotlineOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.EmergencyNumbers.All(n => System.Text.RegularExpressions.Regex.IsMatch(n.Number, @"^[0-9 +]{3,20}$") && n.Label.Length > 0),
                "Hotline:EmergencyNumbers: every entry needs a Number (digits, spaces, +) and a Label")
            .ValidateOnStart();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        // Content is loaded now: a broken file stops start-up with file:line.
        services.AddSingleton(ContentLoader.Load(Path.Combine(contentRoot, "dialogs")));
        var gazetteer = Gazetteer.Load(contentRoot); // one copy for triage, the referral directory and the collaborators
        var triage = Triage.Load(contentRoot, gazetteer);
        services.AddSingleton(triage);
        var legal = services.AddLegalKnowledge(contentRoot, triage.Tokeniser);
        startupLog.Information("Legal knowledge: {Documents} documents, {Articles} articles, {Faq} FAQ entries; index built in {Milliseconds} ms",
            legal.Knowledge.Laws.Count, legal.ArticleCount, legal.Knowledge.Faq.Count, (int)legal.BuildTime.TotalMilliseconds);
        services.AddSingleton<EmergencyNumbersText>();
        services.AddSingleton<EmergencyFallback>();

        var redis = AddStores(services, configuration.GetConnectionString("Redis"), startupLog);
        services.AddReferral(gazetteer, redis);
        services.AddCollaborators(contentRoot, gazetteer);
        services.AddConsole(redis);

        services.AddSingleton<ITurnMiddleware, AutoSaveStateMiddleware>();
        services.AddSingleton<ITurnMiddleware, TriageMiddleware>();
        services.AddSingleton<ITurnMiddleware, TranscriptMiddleware>();
        services.AddSingleton<ITurnMiddleware, HandoffGateMiddleware>();
        services.AddSingleton<ITurnMiddleware, ShowTypingMiddleware>();
        services.AddSingleton(sp => new MiddlewareSet(sp.GetServices<ITurnMiddleware>()));
        services.AddSingleton<TurnRunner>();

        services.AddSingleton<ConversationHub>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<ActivityStream>();
        services.AddDirectLineCors();
        return services;
    }

    private static IConnectionMultiplexer? AddStores(IServiceCollection services, string? connectionString, Serilog.ILogger startupLog)
    {
        var redis = RedisConnection.TryConnect(connectionString, out var problem);
        if (redis is null)
        {
            startupLog.Warning("!!! NO REDIS: {Problem}. Running on IN-MEMORY storage: conversations are lost on restart and instances do not share them", problem);
            services.AddSingleton<IStorage, MemoryStorage>();
            services.AddSingleton<IConversationLog, MemoryConversationLog>();
            services.AddSingleton<ITranscriptStore, MemoryTranscriptStore>();
            services.AddSingleton<ISmsStore, MemorySmsStore>();
            services.AddSingleton<IOutbox, MemoryOutbox>();
            services.AddSingleton<IInbox, MemoryInbox>();
            return null;
        }
        startupLog.Information("Redis connected");
        services.AddSingleton(redis);
        services.AddSingleton<IStorage, RedisStorage>();
        services.AddSingleton<IConversationLog, RedisConversationLog>();
        services.AddSingleton<ITranscriptStore, RedisTranscriptStore>();
        services.AddSingleton<ISmsStore, RedisSmsStore>();
        services.AddSingleton<SmsQueueSeal>();
        services.AddSingleton<IOutbox, RedisOutbox>();
        services.AddSingleton<IInbox, RedisInbox>();
        services.AddHostedService<RedisNotificationRelay>();
        return redis;
    }
}
