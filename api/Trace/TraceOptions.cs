namespace QualityMap.Api.Trace;

/// <summary>Configuration section <see cref="SectionName"/>: traceability (一码贯通) limits and retention.</summary>
public sealed class TraceOptions
{
    public const string SectionName = "Trace";

    /// <summary>
    /// How long trace records (batches and their flow events) are kept: at least 3 years, the SAMR 2024 opinion's
    /// floor for the ledgers of custom products, which the service applies to every record. Nothing in the journal is
    /// deleted before; this is the promise operators make when they archive. Default 3.
    /// </summary>
    public int RetentionYears { get; set; } = 3;

    /// <summary>The most events one capture document may hold (EPCIS 2.0 lets a server set its capture limit). Default 10,000.</summary>
    public int MaxCaptureEvents { get; set; } = 10_000;

    /// <summary>The largest capture document, in bytes. Default 32 MiB.</summary>
    public long MaxCaptureBytes { get; set; } = 32L * 1024 * 1024;

    public IEnumerable<string> Validate()
    {
        // SAMR 2024 opinion: records kept at least 3 years.
        if (RetentionYears < 3) yield return "Trace:RetentionYears must be at least 3 (SAMR 2024 traceability opinion: records kept at least 3 years).";
        if (MaxCaptureEvents is < 1 or > 100_000) yield return "Trace:MaxCaptureEvents must be between 1 and 100,000.";
        if (MaxCaptureBytes is < 1024 or > 1024L * 1024 * 1024) yield return "Trace:MaxCaptureBytes must be between 1 KiB and 1 GiB.";
    }
}
