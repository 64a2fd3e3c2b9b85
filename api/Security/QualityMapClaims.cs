using System.Security.Claims;
using QualityMap.Grains.Identity;

namespace QualityMap.Api.Security;

/// <summary>The claims a signed-in principal carries, and how to read them back.</summary>
public static class QualityMapClaims
{
    public const string Region = "qm:region";
    public const string Admin = "qm:admin";
    public const string KeyId = "qm:key";
    public const string UsccClaim = "qm:uscc";

    public static ClaimsPrincipal For(Account account, string scheme, string? keyId = null)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(Region, account.RegionCode),
        ];
        if (account.IsAdmin) claims.Add(new Claim(Admin, "true"));
        if (keyId is not null) claims.Add(new Claim(KeyId, keyId));
        if (account.Uscc is not null) claims.Add(new Claim(UsccClaim, account.Uscc));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string ActorId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public static string? RegionCode(this ClaimsPrincipal user) => user.FindFirstValue(Region);

    /// <summary>The business a seller's account records flow for; null for every other account.</summary>
    public static string? Uscc(this ClaimsPrincipal user) => user.FindFirstValue(UsccClaim);

    public static Role? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}
