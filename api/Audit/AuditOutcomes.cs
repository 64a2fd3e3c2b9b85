namespace QualityMap.Api.Audit;

/// <summary>How an audited act ended.</summary>
public static class AuditOutcomes
{
    public const string Succeeded = "succeeded";

    /// <summary>A sign-in whose login or password was wrong.</summary>
    public const string Failed = "failed";

    /// <summary>A sign-in refused unchecked, because the login or the address is locked out.</summary>
    public const string LockedOut = "locked-out";
}
