namespace QualityMap.Api.Ingestion;

/// <summary>The answer for one item of a batch, by its position in the request.</summary>
public sealed record ItemResult(int Index, string? EventId, IngestStatus Status, long? Seq, IReadOnlyList<FieldError>? Errors);
