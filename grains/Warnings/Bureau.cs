namespace QualityMap.Grains.Warnings;

/// <summary>Who acts on a warning: a person or system of a bureau, with the region the bureau answers for.</summary>
[GenerateSerializer, Immutable, Alias("qm.Bureau")]
public sealed record Bureau(string ActorId, BureauLevel Level, string RegionCode);

public enum BureauLevel
{
    /// <summary>设区市局: reviews plans, samples for acceptance, lifts.</summary>
    City,

    /// <summary>县（市、区）局: answers its own county's warnings.</summary>
    County,
}
