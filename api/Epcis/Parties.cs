using QualityMap.Grains.Enterprises;

namespace QualityMap.Api.Epcis;

/// <summary>
/// How an EPCIS event names a business of the flow (its source and destination parties): <c>urn:uscc:{code}</c>,
/// the unified social credit code (GB 32100) every Chinese business has, where GS1 would use a PGLN that few have.
/// </summary>
public static class Parties
{
    public const string Prefix = "urn:uscc:";

    public static string Of(string uscc) => Prefix + uscc;

    /// <summary>The credit code a party URI names; null when it is no valid <c>urn:uscc:</c>.</summary>
    public static string? UsccOf(string? party) =>
        party is not null && party.StartsWith(Prefix, StringComparison.Ordinal) && UnifiedSocialCreditCode.IsValid(party[Prefix.Length..])
            ? party[Prefix.Length..]
            : null;
}
