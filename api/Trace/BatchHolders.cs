using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>A batch and the holders of it that the caller's region covers.</summary>
public sealed record BatchHolders(BatchView Batch, IReadOnlyList<BatchHolder> Holders);
