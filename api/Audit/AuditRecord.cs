namespace QualityMap.Api.Audit;

/// <summary>An <see cref="AuditEntry"/> as journaled: its place in the audit journal and when it was recorded.</summary>
public sealed record AuditRecord(long Seq, DateTimeOffset At, string Action, string Actor, string? Subject, string Outcome, string Address, string? Detail);
