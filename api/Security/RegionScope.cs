using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using QualityMap.Api.Problems;
using QualityMap.Grains.Regions;

namespace QualityMap.Api.Security;

/// <summary>
/// Keeps a principal to its region: a county bureau sees and acts on its county and the towns in it, never another
/// county; a city bureau or wall sees its city.
/// </summary>
public sealed class RegionScope(RegionTree tree)
{
    public bool Covers(ClaimsPrincipal user, string regionCode)
    {
        if (user.RegionCode() is not { } own) return false;
        if (own == regionCode) return true;
        return tree.Find(regionCode) is not null && tree.AncestorsOf(regionCode).Any(a => a.Code == own);
    }

    /// <summary>Null when the user covers the region, otherwise the 403 problem naming the field.</summary>
    public ProblemHttpResult? Refuse(ClaimsPrincipal user, string regionCode, string field) =>
        Covers(user, regionCode)
            ? null
            : Problem.Forbidden(ProblemTypes.OutOfScope, "Outside your region",
                $"Region {regionCode} is outside the region {user.RegionCode()} you answer for.", field);
}
