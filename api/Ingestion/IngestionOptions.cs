namespace QualityMap.Api.Ingestion;

/// <summary>Size limits of the ingestion endpoint (section "Ingestion"; the validation limits bind from the same section).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>The most events one batch may carry; a larger batch is refused whole (413).</summary>
    public int MaxBatchItems { get; set; } = 1000;

    /// <summary>The largest request body accepted, in bytes; a larger one is refused whole (413).</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    public IEnumerable<string> Validate()
    {
        if (MaxBatchItems is < 1 or > 100_000) yield return "Ingestion:MaxBatchItems must be between 1 and 100000.";
        if (MaxBodyBytes is < 1024 or > 256L * 1024 * 1024) yield return "Ingestion:MaxBodyBytes must be between 1 KiB and 256 MiB.";
    }
}
