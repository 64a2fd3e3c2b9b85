namespace QualityMap.Silo.Demo;

/// <summary>What seeding did: the demo population and whether it was ingested now (false: it already was).</summary>
public sealed record DemoSeedResult(DemoData Data, bool Seeded);
