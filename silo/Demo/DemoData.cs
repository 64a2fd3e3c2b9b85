using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// The generated demo population. <see cref="Events"/> holds every registration first, then the history
/// ordered by when it happened, each with a deterministic id <c>demo-&lt;seed&gt;-&lt;n&gt;</c>.
/// </summary>
/// <param name="GeneratedAt">The <c>now</c> the history was dated against.</param>
/// <param name="CountyTargetShares">The high-risk share each county (by code) was generated to have.</param>
public sealed record DemoData(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<DemoEnterprise> Enterprises,
    IReadOnlyList<EnterpriseEvent> Events,
    IReadOnlyDictionary<string, double> CountyTargetShares);
