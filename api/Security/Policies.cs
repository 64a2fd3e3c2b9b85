using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Security;

/// <summary>
/// The authorisation policies; every endpoint and hub method names one. Roles decide what a principal may do;
/// <see cref="RegionScope"/> then keeps it to its own region.
/// </summary>
public static class Policies
{
    /// <summary>Post events: ingest clients only.</summary>
    public const string Ingest = "ingest";

    /// <summary>Read the map, enterprises and warnings of one's region: bureaus and the wall.</summary>
    public const string ReadMap = "read-map";

    /// <summary>Bureau work (codes for printing, exports): city and county bureaus.</summary>
    public const string Bureau = "bureau";

    /// <summary>A county bureau's steps in the §4.2 workflow.</summary>
    public const string CountyBureau = "county-bureau";

    /// <summary>The city bureau's steps in the §4.2 workflow, and the journal's integrity reports.</summary>
    public const string CityBureau = "city-bureau";

    /// <summary>Record one's own flow of traced products (EPCIS capture, the phone form): sellers only.</summary>
    public const string Trade = "trade";

    /// <summary>Capture EPCIS documents: a seller its own flow, a city bureau administrator an import of any events.</summary>
    public const string Capture = "capture";

    /// <summary>Query captured EPCIS events: sellers (their own) and bureaus (their region's).</summary>
    public const string EpcisQuery = "epcis-query";

    /// <summary>Accounts and API keys: a city bureau administrator.</summary>
    public const string Administer = "administer";

    /// <summary>
    /// The §4.2 who-may-act rule behind a role refusal of an endpoint, so a county bureau calling a city step hears
    /// <c>city-bureau-only</c>, as the workflow itself would say it (docs/bureau-api.md); null for other policies.
    /// </summary>
    public static string? WhoMayActRule(Endpoint? endpoint)
    {
        var policies = endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy) ?? [];
        return policies.Contains(CityBureau) ? WorkflowRules.CityBureauOnly
            : policies.Contains(CountyBureau) ? WorkflowRules.CountyBureauOnly
            : null;
    }

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Ingest, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.IngestClient)));
        options.AddPolicy(ReadMap, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau), nameof(Role.CountyBureau), nameof(Role.WallViewer)));
        options.AddPolicy(Bureau, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau), nameof(Role.CountyBureau)));
        options.AddPolicy(CountyBureau, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CountyBureau)));
        options.AddPolicy(Trade, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.Seller)).RequireClaim(QualityMapClaims.UsccClaim));
        options.AddPolicy(Capture, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            (c.User.IsInRole(nameof(Role.Seller)) && c.User.HasClaim(h => h.Type == QualityMapClaims.UsccClaim))
            || (c.User.IsInRole(nameof(Role.CityBureau)) && c.User.HasClaim(QualityMapClaims.Admin, "true"))));
        options.AddPolicy(EpcisQuery, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau), nameof(Role.CountyBureau), nameof(Role.Seller)));
        options.AddPolicy(CityBureau, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau)));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau)).RequireClaim(QualityMapClaims.Admin, "true"));
        // Anything that forgets to name a policy is closed, not open.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
