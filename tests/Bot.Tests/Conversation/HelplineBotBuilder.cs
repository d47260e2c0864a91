using HotlineBot.Collaborators;
using HotlineBot.Content;
using HotlineBot.Conversation;
using HotlineBot.Escalation;
using HotlineBot.Handoff;
using HotlineBot.Hosting;
using HotlineBot.Operators;
using HotlineBot.Knowledge;
using HotlineBot.Language;
using HotlineBot.Nearby;
using HotlineBot.Referral.Cases;
using HotlineBot.Referral.Directory;
using HotlineBot.Referral.Gazetteer;
using HotlineBot.Safety;
using HotlineBot.Tests.Collaborators;
using HotlineBot.Transcripts;
using HotlineBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HotlineBot.Tests.Conversation;

/// <summary>
/// The real bot, its dialogs and the real content from dialogs/, with the default emergency numbers. Without stores the
/// bot runs as with no Redis: no places to list, cases kept in the local outbox.
/// </summary>
public static class HelplineBotBuilder
{
    public static readonly EmergencyNumber[] DefaultNumbers =
    [
        new() { Number = "113", Label = "Công an" },
        new() { Number = "111", Label = "Bảo vệ trẻ em, miễn phí", ForChildren = true },
        new() { Number = "1800 1768", Label = "Hỗ trợ phụ nữ, miễn phí 24/7" },
    ];

    /// <param name="clock">The collaborator area's clock (unlock expiry, lockout); the system clock by default.</param>
    /// <param name="collaborators">Collaborator sign-in settings; by default <see cref="TestCollaborators.Options"/>.</param>
    /// <param name="accounts">Staff accounts (collaborators sign in against them); none: as with no Redis, the collaborator area is not open.</param>
    /// <param name="knowledgeRoot">Folder holding the dialogs/knowledge to answer legal questions from (default: the real one).</param>
    public static IBot Build(RedisPlaceStore? places = null, RedisCaseStore? cases = null, CaseOutbox? outbox = null, EscalationOptions? escalation = null,
        TimeProvider? clock = null, CollaboratorOptions? collaborators = null, IConnectionMultiplexer? redis = null,
        string? knowledgeRoot = null, OperatorAccountStore? accounts = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new HotlineOptions { EmergencyNumbers = [.. DefaultNumbers] }));
        services.AddSingleton(Options.Create(new NearbyHelpOptions()));
        services.AddSingleton(Options.Create(escalation ?? new EscalationOptions()));
        services.AddSingleton(ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));
        services.AddSingleton<EmergencyNumbersText>();
        var triage = Triage.Load(AppContext.BaseDirectory);
        services.AddSingleton(triage);
        services.AddLegalKnowledge(knowledgeRoot ?? AppContext.BaseDirectory, triage.Tokeniser);
        services.AddSingleton(Gazetteer.Load(AppContext.BaseDirectory));
        services.AddSingleton<PlaceResolver>();
        services.AddSingleton(sp => outbox ?? ActivatorUtilities.CreateInstance<CaseOutbox>(sp));
        services.AddSingleton(sp => new NearbyHelp(places, TimeProvider.System, sp.GetRequiredService<IOptions<NearbyHelpOptions>>(), NullLogger<NearbyHelp>.Instance));
        services.AddSingleton(sp => new CaseEscalation(cases, sp.GetRequiredService<CaseOutbox>(), TimeProvider.System, sp.GetRequiredService<IOptions<EscalationOptions>>(), NullLogger<CaseEscalation>.Instance));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(Options.Create(collaborators ?? TestCollaborators.Options()));
        if (accounts is not null)
        {
            services.AddSingleton(accounts);
        }
        services.AddSingleton(ProcedureLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), Gazetteer.Load(AppContext.BaseDirectory).Provinces.Select(p => p.Id)));
        if (cases is not null && redis is not null)
        {
            // "Gặp tư vấn viên" for real: the handoff queues through the escalation service; operators always on duty.
            services.AddSingleton(redis);
            services.AddSingleton(cases);
            services.AddSingleton(Options.Create(new CaseOptions { EncryptionKey = Convert.ToBase64String(new byte[32]) }));
            services.AddSingleton(Options.Create(new ConsoleOptions { OnDutyFrom = new(0, 0), OnDutyTo = new(0, 0) }));
            services.AddSingleton<ITranscriptStore, MemoryTranscriptStore>();
            services.AddSingleton<HandoffStore>();
            services.AddSingleton<ICaseQueue, EscalatingCaseQueue>();
        }
        services.AddBot();
        return services.BuildServiceProvider().GetRequiredService<IBot>();
    }
}
