using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>A batch as a bureau reads it: everything registered, its trace code, and its producer's name and town.</summary>
public sealed record BatchDetails(BatchView Batch, string TraceCode, string ProducerName, string? ProducerTownCode, string? ProducerAddress);
