namespace QualityMap.Api.Codes.Exports;

/// <summary>One bulk export; its progress is written by the renderer and read by any request.</summary>
public sealed class CodeExportJob(
    string id, string regionCode, string regionName, CodeRequest request, ExportPackaging packaging, IReadOnlyList<ExportItem> items, string filePath)
{
    private int _done;
    private int _skipped;
    private volatile CodeExportState _state = CodeExportState.Queued;

    public string Id { get; } = id;
    public string RegionCode { get; } = regionCode;
    public string RegionName { get; } = regionName;
    public CodeRequest Request { get; } = request;
    public ExportPackaging Packaging { get; } = packaging;
    public IReadOnlyList<ExportItem> Items { get; } = items;

    /// <summary>The finished ZIP or PDF file; it exists only once the job is <see cref="CodeExportState.Completed"/>.</summary>
    public string FilePath { get; } = filePath;

    public CodeExportState State => _state;
    public string? Error { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }

    public void Started() => _state = CodeExportState.Running;

    public void Rendered() => Interlocked.Increment(ref _done);

    public void Skipped()
    {
        Interlocked.Increment(ref _skipped);
        Interlocked.Increment(ref _done);
    }

    public void Completed(DateTimeOffset expiresAt)
    {
        ExpiresAt = expiresAt;
        _state = CodeExportState.Completed;
    }

    public void Failed(string error, DateTimeOffset expiresAt)
    {
        Error = error;
        ExpiresAt = expiresAt;
        _state = CodeExportState.Failed;
    }

    /// <summary>The export as a clerk sees it at <paramref name="statusUrl"/>; once completed, the file is at its extension below it.</summary>
    public CodeExportView View(string statusUrl) => new(
        Id, RegionCode, RegionName, State, Items.Count, Volatile.Read(ref _done), Volatile.Read(ref _skipped),
        State == CodeExportState.Completed ? $"{statusUrl}/{Packaging.Extension()}" : null, ExpiresAt, Error);
}
