namespace QualityMap.Api.Ingestion;

/// <summary>What became of one ingested event.</summary>
public enum IngestStatus
{
    /// <summary>Journaled now; it will be applied to its enterprise.</summary>
    Accepted,

    /// <summary>The same event (same id, same content) was journaled before; nothing changed.</summary>
    Duplicate,

    /// <summary>Not journaled; <see cref="IngestOutcome.Errors"/> says which field broke which rule.</summary>
    Rejected,
}
