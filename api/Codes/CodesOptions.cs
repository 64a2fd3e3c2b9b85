using QualityMap.Api.Codes.Labels;

namespace QualityMap.Api.Codes;

/// <summary>
/// Configuration section <see cref="SectionName"/>: where printed quality safety codes point and the keys that
/// sign them (DB3304/T 056 §5). A printed code is used for years, so the URL and the keys must outlive deployments.
/// </summary>
public sealed class CodesOptions
{
    public const string SectionName = "Codes";

    /// <summary>Scheme, host and optional path prefix of the public verification page; every printed code carries it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>
    /// Key id → base64 secret (at least 32 bytes), managed outside the service. A code signed with any of these
    /// verifies; new codes use <see cref="ActiveKeyId"/>. Without them the service's own key ring (in the database,
    /// rotated by an administrator) signs.
    /// </summary>
    public Dictionary<string, string> SigningKeys { get; set; } = [];

    /// <summary>The key new codes are signed with; required exactly when <see cref="SigningKeys"/> is not empty.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Where an earlier version's generated key file is looked for at start-up; defaults to the storage data directory.</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>The zint executable that encodes Han Xin codes (GB/T 21049); a name on PATH or a path.</summary>
    public string ZintPath { get; set; } = "zint";

    /// <summary>How long a finished bulk export stays downloadable.</summary>
    public TimeSpan ExportRetention { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The grid of labels on the pages of a PDF export (section <c>Codes:LabelSheet</c>).</summary>
    public LabelSheetOptions LabelSheet { get; set; } = new();
}
