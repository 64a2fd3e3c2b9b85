using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityMap.Grains.Identity;

namespace QualityMap.Api.Security;

/// <summary>
/// Machines (ingest clients, the wall) authenticate with an API key: <c>X-Api-Key</c>, or <c>Authorization:
/// Bearer</c> / the <c>access_token</c> query parameter, which is how the SignalR JavaScript client sends a token
/// (browsers cannot set headers on a WebSocket). Revoked and unknown keys fail alike.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IGrainFactory grains)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Whether the request carries a key at all (the default scheme then picks this handler over cookies).</summary>
    public static bool Carries(HttpRequest request) => KeyOf(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyOf(Request) is not { } key) return AuthenticateResult.NoResult();
        if (!ApiKeys.TryParse(key, out var keyId, out var secret)) return AuthenticateResult.Fail("Malformed API key.");
        var found = await grains.GetGrain<IIdentityDirectoryGrain>(IIdentityDirectoryGrain.Key).FindApiKeyAsync(keyId);
        if (found is not var (account, record) || record.Revoked || !ApiKeys.Matches(secret, record.SecretHash))
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        return AuthenticateResult.Success(new AuthenticationTicket(QualityMapClaims.For(account, SchemeName, keyId), SchemeName));
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"] is [{ } header]) return header;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer qm_", StringComparison.Ordinal)) return authorization["Bearer ".Length..];
        return request.Query["access_token"] is [{ } token] && token.StartsWith("qm_", StringComparison.Ordinal) ? token : null;
    }
}
