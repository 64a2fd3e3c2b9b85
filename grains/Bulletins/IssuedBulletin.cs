using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Bulletins;

/// <summary>A warning's bulletin as journaled: the city's issue step (with the facts it read), when, and its journal sequence.</summary>
[GenerateSerializer, Immutable, Alias("qm.IssuedBulletin")]
public sealed record IssuedBulletin(IssueBulletin Command, DateTimeOffset At, long Seq);
