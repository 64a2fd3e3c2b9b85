namespace QualityMap.Api.Ingestion;

/// <summary>The answer to a batch: counts, then one result per item in request order.</summary>
public sealed record BatchResult(int Accepted, int Duplicates, int Rejected, IReadOnlyList<ItemResult> Results);
