using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Audit;

namespace QualityMap.Api.Security;

/// <summary>
/// The keys that protect session cookies (ASP.NET Core data protection), for the city bureau's administrator: list
/// them and rotate. A rotation makes a new key protect every new sign-in; with <c>signOutEveryone</c> it also
/// revokes every older key, so every session cookie issued so far stops working (after a leak).
/// </summary>
public static class SessionKeysApi
{
    /// <summary>How long a new session key protects new cookies before data protection makes the next one itself.</summary>
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    public sealed record SessionKeyView(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset ActivatesAt, DateTimeOffset ExpiresAt, bool Revoked);

    public sealed record Rotation(bool SignOutEveryone = false);

    public static RouteGroupBuilder MapSessionKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/session-keys").WithTags("Administration").RequireAuthorization(Policies.Administer);
        group.MapGet("/", (IKeyManager keys) => TypedResults.Ok(List(keys)));
        group.MapPost("/", RotateAsync);
        return group;
    }

    private static async Task<Created<SessionKeyView[]>> RotateAsync(
        Rotation? body, IKeyManager keys, IKeyRingProvider ring, ClaimsPrincipal user, IAuditJournal audit, HttpContext context)
    {
        var signOutEveryone = body?.SignOutEveryone ?? false;
        // Data protection dates its keys by the system clock, so the rotation does too.
        var now = DateTimeOffset.UtcNow;
        if (signOutEveryone) keys.RevokeAllKeys(now, $"rotated by {user.ActorId()}, signing everyone out");
        var key = keys.CreateNewKey(activationDate: now, expirationDate: now + KeyLifetime);
        await TakenOverAsync(ring, key.KeyId, context.RequestAborted);
        await audit.RecordAsync(new AuditEntry(AuditActions.SessionKeysRotated, user.ActorId(), key.KeyId.ToString(), AuditOutcomes.Succeeded,
            ClientAddress.Of(context), signOutEveryone ? "older keys revoked: every session signed out" : "older keys still accepted"));
        return TypedResults.Created("/api/admin/session-keys", List(keys));
    }

    /// <summary>
    /// Data protection rereads its key ring in the background after a change; the answer waits until the new key is
    /// the default here, so that once it arrives, revoked cookies are refused (other silos reread within moments).
    /// </summary>
    private static async Task TakenOverAsync(IKeyRingProvider ring, Guid keyId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100 && ring.GetCurrentKeyRing().DefaultKeyId != keyId; attempt++)
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
    }

    private static SessionKeyView[] List(IKeyManager keys) =>
        [.. keys.GetAllKeys().OrderBy(k => k.CreationDate).Select(k => new SessionKeyView(k.KeyId, k.CreationDate, k.ActivationDate, k.ExpirationDate, k.IsRevoked))];
}
