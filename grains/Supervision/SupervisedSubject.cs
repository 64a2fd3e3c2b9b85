using QualityMap.Grains.Classification;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// What the planner reads of an enterprise: whether it is monitored, its class under each scheme, and its key
/// products with the grades in force (catalogue grade, raised by a risk alert where one holds).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.SupervisedSubject")]
public sealed record SupervisedSubject(
    string Uscc,
    string? CountyCode,
    bool Monitored,
    RiskClass RiskClass,
    CreditStanding Credit,
    IReadOnlyList<ProductLine> Products);
