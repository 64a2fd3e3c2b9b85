using QualityMap.Grains.Trace;

namespace QualityMap.Grains.Enterprises;

/// <summary>A batch the enterprise registered, kept so that a sampling result naming its lot can find it.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProducedBatch")]
public sealed record ProducedBatch(BatchKey Key, string ProductCode);
