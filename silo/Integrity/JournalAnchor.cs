namespace QualityMap.Silo.Integrity;

/// <summary>
/// The journal's head at a moment: publish it elsewhere (a notice board, another system, a signed mail), and
/// any later rewrite of the records up to <see cref="Seq"/> is detectable by verifying against it.
/// </summary>
public sealed record JournalAnchor(long Seq, string Hash, DateTimeOffset AnchoredAt, bool ChainIntact);
