using Microsoft.Extensions.Options;
using QualityMap.Api.Codes.Labels;
using QualityMap.Api.Codes.Rendering;
using QualityMap.Api.Codes.Signing;

namespace QualityMap.Api.Codes;

/// <summary>Start-up validation of <see cref="CodesOptions"/>, naming every bad key so the operator can fix it at once.</summary>
public sealed class CodesOptionsValidator : IValidateOptions<CodesOptions>
{
    public ValidateOptionsResult Validate(string? name, CodesOptions options)
    {
        var errors = Problems(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> Problems(CodesOptions options)
    {
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl)
            || baseUrl.Scheme is not ("http" or "https") || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            yield return $"Codes:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) URL without query or fragment.";
        }
        foreach (var (id, secret) in options.SigningKeys)
        {
            if (!SigningKey.IsValidId(id)) yield return $"Codes:SigningKeys:{id}: a key id is 1–8 of [a-z0-9].";
            if (!SigningKey.TryDecodeSecret(secret, out _))
                yield return $"Codes:SigningKeys:{id}: the secret must be base64 of at least {SigningKey.MinimumSecretBytes} bytes.";
        }
        if (options.SigningKeys.Count > 0 && (options.ActiveKeyId is null || !options.SigningKeys.ContainsKey(options.ActiveKeyId)))
            yield return $"Codes:ActiveKeyId '{options.ActiveKeyId}' must name one of Codes:SigningKeys.";
        if (options.SigningKeys.Count == 0 && !string.IsNullOrEmpty(options.ActiveKeyId))
            yield return "Codes:ActiveKeyId is set but Codes:SigningKeys is empty.";
        if (string.IsNullOrWhiteSpace(options.KeyDirectory)) yield return "Codes:KeyDirectory must be set.";
        if (string.IsNullOrWhiteSpace(options.ZintPath)) yield return "Codes:ZintPath must be set.";
        if (options.ExportRetention <= TimeSpan.Zero) yield return "Codes:ExportRetention must be positive.";
        if (baseUrl is not null)
        {
            var largestQr = QrEncoder.Encode(CodeSigner.LongestUrlOn(options.PublicBaseUrl)).Size + 2 * Symbologies.MinQuietZone(Symbology.Qr);
            foreach (var problem in new LabelSheetLayout(options.LabelSheet).Problems(largestQr)) yield return problem;
        }
    }
}
