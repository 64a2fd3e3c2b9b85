namespace QualityMap.Grains.Events;

/// <summary>An event as the journal committed it: <see cref="Seq"/> orders it and lets a grain skip replays.</summary>
[GenerateSerializer, Immutable, Alias("qm.JournaledEvent")]
public sealed record JournaledEvent(long Seq, EnterpriseEvent Event);
