namespace QualityMap.Grains.Bulletins;

/// <summary>
/// What the warning grain read when the city issued the bulletin: the county's counts and each of its high-risk
/// enterprises with the reasons of its class. Journaled with the issue step, so the bulletin reads the same for
/// ever, whatever the enterprises do afterwards.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.BulletinFacts")]
public sealed record BulletinFacts(int Monitored, int HighRisk, IReadOnlyList<BulletinEnterpriseFacts> Enterprises);
