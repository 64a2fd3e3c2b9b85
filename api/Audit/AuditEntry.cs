namespace QualityMap.Api.Audit;

/// <summary>
/// One security-relevant act: who (<see cref="Actor"/>: an account id, or the login tried), what
/// (<see cref="Action"/>, one of <see cref="AuditActions"/>), on what (<see cref="Subject"/>), how it ended
/// (<see cref="Outcome"/>) and from where (<see cref="Address"/>: the client's address, or <c>local</c> for the
/// service itself).
/// </summary>
public sealed record AuditEntry(string Action, string Actor, string? Subject, string Outcome, string Address, string? Detail = null);
