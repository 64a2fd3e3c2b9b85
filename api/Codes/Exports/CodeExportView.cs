namespace QualityMap.Api.Codes.Exports;

/// <summary>What a clerk sees of a bulk export: progress <c>done</c> of <c>total</c>, then the download link.</summary>
/// <param name="Skipped">Enterprises closed or moved away between the start of the export and their turn.</param>
public sealed record CodeExportView(
    string Id,
    string RegionCode,
    string RegionName,
    CodeExportState State,
    int Total,
    int Done,
    int Skipped,
    string? DownloadUrl,
    DateTimeOffset? ExpiresAt,
    string? Error);
