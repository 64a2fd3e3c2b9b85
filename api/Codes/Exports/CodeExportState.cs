namespace QualityMap.Api.Codes.Exports;

/// <summary>Where a bulk export is: waiting for the renderer, rendering, ready to download, or failed.</summary>
public enum CodeExportState
{
    Queued,
    Running,
    Completed,
    Failed,
}
