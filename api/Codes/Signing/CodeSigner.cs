using Microsoft.Extensions.Options;

namespace QualityMap.Api.Codes.Signing;

/// <summary>Makes the verification URL a code carries and checks the token of one that was scanned.</summary>
public sealed class CodeSigner(SigningKeyRing ring, IOptions<CodesOptions> options)
{
    /// <summary>The path of the public verification page, before the token; short, as it is printed in every symbol.</summary>
    public const string VerificationPath = "/v/";

    private readonly string _baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The payload of an enterprise's code (DB3304/T 056 §5: the code carries a link, never the colour).</summary>
    public string UrlFor(string uscc) => _baseUrl + VerificationPath + CodeToken.Sign(uscc, ring.Active);

    public string? Verify(string token) => CodeToken.Verify(token, ring);
}
