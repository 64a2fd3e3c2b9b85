namespace QualityMap.Tests.Regions;

[CollectionDefinition(Name)]
public sealed class NationalRegionsCollection : ICollectionFixture<NationalRegionsFixture>
{
    public const string Name = "National regions";
}
