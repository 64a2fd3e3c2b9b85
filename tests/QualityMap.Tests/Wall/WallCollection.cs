namespace QualityMap.Tests.Wall;

/// <summary>Browser tests run one at a time: each starts a silo and a Chromium, and the machine has two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WallCollection
{
    public const string Name = "Wall display in Chromium";
}
