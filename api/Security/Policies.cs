using Microsoft.AspNetCore.Authorization;
using QualityMap.Grains.Identity;

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

    /// <summary>Accounts and API keys: a city bureau administrator.</summary>
    public const string Administer = "administer";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Ingest, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.IngestClient)));
        options.AddPolicy(ReadMap, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau), nameof(Role.CountyBureau), nameof(Role.WallViewer)));
        options.AddPolicy(Bureau, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau), nameof(Role.CountyBureau)));
        options.AddPolicy(CountyBureau, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CountyBureau)));
        options.AddPolicy(CityBureau, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau)));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(nameof(Role.CityBureau)).RequireClaim(QualityMapClaims.Admin, "true"));
        // Anything that forgets to name a policy is closed, not open.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
