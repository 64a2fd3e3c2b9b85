using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Audit;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Codes;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// The code-signing keys, for the city bureau's administrator: list them (never their secrets), rotate (a new key
/// signs every new code; printed codes keep verifying) and retire a key (its codes show 二维码无效 from then on).
/// </summary>
public static class SigningKeysApi
{
    public sealed record SigningKeyView(string Id, string Source, bool Active, DateTimeOffset? CreatedAt, string? CreatedBy, DateTimeOffset? RetiredAt, string? RetiredBy);

    public static RouteGroupBuilder MapSigningKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/code-signing-keys").WithTags("Administration").RequireAuthorization(Policies.Administer);
        group.MapGet("/", ListAsync);
        group.MapPost("/", RotateAsync);
        group.MapPost("/{keyId}/retire", RetireAsync);
        return group;
    }

    private static async Task<Ok<SigningKeyView[]>> ListAsync(CodeSigner signer)
    {
        var ring = await signer.Keys.GetAsync();
        var active = signer.Compose(ring).Active.Id;
        var configured = signer.ConfiguredKeyIds.Select(id => new SigningKeyView(id, "configuration", id == active, null, null, null, null));
        var managed = ring.Keys.Where(k => !signer.IsConfigured(k.Id))
            .Select(k => new SigningKeyView(k.Id, "service", k.Id == active, k.CreatedAt, k.CreatedBy, k.RetiredAt, k.RetiredBy));
        return TypedResults.Ok(configured.Concat(managed).ToArray());
    }

    private static async Task<Results<Created<SigningKeyView>, ProblemHttpResult>> RotateAsync(
        CodeSigner signer, ClaimsPrincipal user, IAuditJournal audit, HttpContext context)
    {
        if (signer.ActiveKeyIsConfigured)
            return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.SigningKeyConfigured, "Active key is configured",
                "Codes:ActiveKeyId chooses the signing key: rotate by adding a key to Codes:SigningKeys and making it active.", "Codes:ActiveKeyId", "configured");
        var key = await signer.Keys.RotateAsync(user.ActorId());
        await audit.RecordAsync(new AuditEntry(AuditActions.CodeSigningKeyRotated, user.ActorId(), key.Id, AuditOutcomes.Succeeded, ClientAddress.Of(context)));
        return TypedResults.Created($"/api/admin/code-signing-keys/{key.Id}",
            new SigningKeyView(key.Id, "service", true, key.CreatedAt, key.CreatedBy, null, null));
    }

    private static async Task<Results<Ok<SigningKeyView>, ProblemHttpResult>> RetireAsync(
        string keyId, CodeSigner signer, ClaimsPrincipal user, IAuditJournal audit, HttpContext context)
    {
        if (signer.IsConfigured(keyId))
            return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.SigningKeyConfigured, "Key is configured",
                $"Key '{keyId}' is in Codes:SigningKeys: retire it by removing it from the configuration.", "keyId", "configured");
        switch (await signer.Keys.RetireAsync(keyId, user.ActorId()))
        {
            case RetireOutcome.Unknown:
                return Problem.NotFound(ProblemTypes.UnknownSigningKey, "Unknown signing key", $"No code-signing key has the id '{keyId}'.", "keyId");
            case RetireOutcome.Active:
                return Problem.Of(StatusCodes.Status409Conflict, ProblemTypes.SigningKeyInUse, "Key signs new codes",
                    $"Key '{keyId}' signs every new code: rotate first, then retire it.", "keyId", "not-active");
            case RetireOutcome.Retired:
                await audit.RecordAsync(new AuditEntry(AuditActions.CodeSigningKeyRetired, user.ActorId(), keyId, AuditOutcomes.Succeeded, ClientAddress.Of(context)));
                break;
        }
        var key = (await signer.Keys.GetAsync()).Keys.Single(k => k.Id == keyId);
        return TypedResults.Ok(new SigningKeyView(key.Id, "service", false, key.CreatedAt, key.CreatedBy, key.RetiredAt, key.RetiredBy));
    }
}
