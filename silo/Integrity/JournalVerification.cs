namespace QualityMap.Silo.Integrity;

/// <summary>
/// The outcome of checking the journal's hash chain from <see cref="From"/> through <see cref="Through"/>.
/// When <see cref="Intact"/> is false, <see cref="FirstBrokenSeq"/> names the first record that can no longer
/// be trusted and <see cref="Problem"/> says why.
/// </summary>
public sealed record JournalVerification(
    long From,
    long Through,
    long Verified,
    bool Intact,
    long? FirstBrokenSeq,
    string? Problem,
    string? LastHash);
