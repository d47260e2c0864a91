namespace HotlineBot.Referral.Directory;

/// <summary>What an import did: nothing at all when <see cref="Errors"/> is not empty.</summary>
public sealed record ShelterImportResult(IReadOnlyList<ImportError> Errors, int Written, int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;
}
