namespace QualityMap.Grains.Supervision;

public static class CatalogueKeys
{
    /// <summary>The one catalogue of a deployment, edited by the city bureau.</summary>
    public const string City = "city";
}
