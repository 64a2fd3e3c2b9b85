namespace QualityMap.Grains.Credit;

/// <summary>An operator seen with a product, in the county it was in then, and when it was first and last seen.</summary>
[GenerateSerializer, Immutable, Alias("qm.ProductProducer")]
public sealed record ProductProducer(string Uscc, string? CountyCode, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);
