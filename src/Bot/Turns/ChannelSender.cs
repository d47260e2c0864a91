using HotlineBot.Activities;

namespace HotlineBot.Turns;

/// <summary>Hands outgoing activities to the citizen's channel, which delivers them in order; returns them as handed over (a channel may assign ids later).</summary>
public delegate Task<IReadOnlyList<Activity>> ChannelSender(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

/// <summary>
/// Sees outgoing activities before the channel does. Call <paramref name="next"/> to pass them on
/// (possibly changed); not calling it drops them.
/// </summary>
public delegate Task<IReadOnlyList<Activity>> SendHook(TurnContext turn, IReadOnlyList<Activity> activities, Func<IReadOnlyList<Activity>, Task<IReadOnlyList<Activity>>> next);
