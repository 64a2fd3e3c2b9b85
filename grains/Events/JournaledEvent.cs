namespace QualityMap.Grains.Events;

/// <summary>
/// An event as the journal committed it: <see cref="Seq"/> orders it and lets a grain skip replays;
/// <see cref="JournaledAt"/> is when the journal took it, which a rebuild copies verbatim, so what is stamped with it
/// (the region trends) comes out the same from a replay.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.JournaledEvent")]
public sealed record JournaledEvent(long Seq, EnterpriseEvent Event, DateTimeOffset JournaledAt);
