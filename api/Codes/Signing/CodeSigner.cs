using Microsoft.Extensions.Options;
using QualityMap.Grains.Codes;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// Makes the verification URL a code carries and checks the token of one that was scanned. The ring is asked for
/// on every call, never cached: a rotation or a retirement holds from the next code on, on every silo.
/// </summary>
public sealed class CodeSigner
{
    /// <summary>The path of the public verification page, before the token; short, as it is printed in every symbol.</summary>
    public const string VerificationPath = "/v/";

    private readonly IGrainFactory _grains;
    private readonly string _baseUrl;
    private readonly IReadOnlyList<SigningKey> _configured;
    private readonly string? _configuredActiveId;

    public CodeSigner(IGrainFactory grains, IOptions<CodesOptions> options)
    {
        _grains = grains;
        _baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        // Validated at start-up (CodesOptionsValidator), so every configured secret decodes.
        _configured = [.. options.Value.SigningKeys.Select(pair =>
            SigningKey.TryDecodeSecret(pair.Value, out var secret) ? new SigningKey(pair.Key, secret)
                : throw new InvalidOperationException($"Codes:SigningKeys:{pair.Key} is not a valid secret."))];
        _configuredActiveId = options.Value.SigningKeys.Count > 0 ? options.Value.ActiveKeyId : null;
    }

    /// <summary>Whether <c>Codes:ActiveKeyId</c> chooses the active key, so the service's rotation does not.</summary>
    public bool ActiveKeyIsConfigured => _configuredActiveId is not null;

    /// <summary>Whether the key is one of <c>Codes:SigningKeys</c>: retired by removing it from configuration.</summary>
    public bool IsConfigured(string keyId) => _configured.Any(k => k.Id == keyId);

    public IEnumerable<string> ConfiguredKeyIds => _configured.Select(k => k.Id);

    public ICodeSigningKeysGrain Keys => _grains.GetGrain<ICodeSigningKeysGrain>(ICodeSigningKeysGrain.Key);

    public async Task<SigningKeyRing> RingAsync() => Compose(await Keys.GetAsync());

    /// <summary>The ring of the configured keys and the service's <paramref name="stored"/> ones.</summary>
    public SigningKeyRing Compose(CodeSigningKeySet stored) => SigningKeyRing.Compose(_configured, _configuredActiveId, stored);

    /// <summary>The payload of an enterprise's code (DB3304/T 056 §5: the code carries a link, never the colour).</summary>
    public async Task<string> UrlForAsync(string uscc) => _baseUrl + VerificationPath + CodeToken.Sign(uscc, (await RingAsync()).Active);

    /// <summary>A payload as long as any code's on <paramref name="baseUrl"/>: what the largest symbol must hold.</summary>
    public static string LongestUrlOn(string baseUrl) => baseUrl.TrimEnd('/') + VerificationPath + new string('x', CodeToken.MaxLength);

    public async Task<string?> VerifyAsync(string token) => CodeToken.Verify(token, await RingAsync());
}
