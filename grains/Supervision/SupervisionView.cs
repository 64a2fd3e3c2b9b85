using QualityMap.Grains.Classification;
using QualityMap.Grains.Credit;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// An enterprise's supervision as a bureau sees it: the scheme, its class under the scheme, the credit standing and
/// measures (credit scheme), the publication rules, the classes of the products its events named, the year's
/// requirements and its tasks with their status.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.SupervisionView")]
public sealed record SupervisionView(
    string Uscc,
    ClassificationScheme Scheme,
    RiskClass RiskClass,
    CreditStanding Credit,
    CreditMeasures? CreditMeasures,
    decimal? RandomCoefficient,
    CreditPublication? Publication,
    IReadOnlyList<ProductCreditSummary> Products,
    IReadOnlyList<TaskRequirement> Requirements,
    IReadOnlyList<SupervisionTaskView> Tasks);
