namespace HotlineBot.Knowledge;

/// <summary>A fine a decree sets for one act, in đồng, for individuals or organisations.</summary>
public sealed record Fine(string Act, long Min, long Max, FineAppliesTo AppliesTo, int? Clause, string? Point, Verification Verification);
