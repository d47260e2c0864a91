namespace HotlineBot.Activities;

/// <summary>
/// A signed-in collaborator, as a Direct Line token issued by the console vouches for them: the account id (never the
/// name) and the account's stamp when the token was issued (a sign-out, password change or disable changes the stamp,
/// which ends the claim). Only the server sets it; see <see cref="Activity.Collaborator"/>.
/// </summary>
public sealed record CollaboratorClaim(string AccountId, string Stamp);
