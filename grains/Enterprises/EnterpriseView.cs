using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Enterprises;

/// <summary>
/// An enterprise as a bureau sees it: master data, class with reasons (and when each of their evidence events occurred),
/// and the history of its classes.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.EnterpriseView")]
public sealed record EnterpriseView(
    string Uscc,
    string Name,
    string? TownCode,
    bool Closed,
    IReadOnlyList<ProductLine> Products,
    string? LicenceNo,
    RiskClass Class,
    IReadOnlyList<ClassReason> Reasons,
    DateTimeOffset? ReviewAt,
    IReadOnlyList<ClassificationChange> History,
    string? Address,
    IReadOnlyList<EvidenceDate>? Evidence = null);
