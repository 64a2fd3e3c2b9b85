namespace QualityMap.Grains.Credit;

/// <summary>
/// Points per item. The seed scheme names the Guangdong 记分规则 but not its table, so every number here is a
/// <b>default</b> (DOMAIN.md "Differentiated supervision"): start at 12 on the first scored event, deductions by
/// violation type (the severity is expressed by the type: suspension −6, revocation −12), credits for clean checks.
/// </summary>
public sealed class CreditPointTable
{
    public decimal InitialScore { get; set; } = 12m;

    /// <summary>Credits stop accumulating here, so a long clean record cannot absorb a serious violation.</summary>
    public decimal MaximumScore { get; set; } = 15m;

    public decimal SamplingPassed { get; set; } = 1m;
    public decimal InspectionPassed { get; set; } = 0m;
    public decimal ReinspectionPassed { get; set; } = 0.5m;
    public decimal SamplingFailed { get; set; } = -4m;
    public decimal ReinspectionFailed { get; set; } = -6m;
    public decimal SamplingRefused { get; set; } = -6m;
    public decimal AdministrativePenalty { get; set; } = -6m;
    public decimal LicenceSuspended { get; set; } = -6m;
    public decimal LicenceRevoked { get; set; } = -12m;
    public decimal UnlicensedProduction { get; set; } = -12m;
    public decimal QualityAccident { get; set; } = -12m;
    public decimal DishonestyListed { get; set; } = -12m;

    public decimal PointsFor(CreditItem item) => item switch
    {
        CreditItem.SamplingPassed => SamplingPassed,
        CreditItem.InspectionPassed => InspectionPassed,
        CreditItem.ReinspectionPassed => ReinspectionPassed,
        CreditItem.SamplingFailed => SamplingFailed,
        CreditItem.ReinspectionFailed => ReinspectionFailed,
        CreditItem.SamplingRefused => SamplingRefused,
        CreditItem.AdministrativePenalty => AdministrativePenalty,
        CreditItem.LicenceSuspended => LicenceSuspended,
        CreditItem.LicenceRevoked => LicenceRevoked,
        CreditItem.UnlicensedProduction => UnlicensedProduction,
        CreditItem.QualityAccident => QualityAccident,
        CreditItem.DishonestyListed => DishonestyListed,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    public IEnumerable<string> Validate(string path)
    {
        if (MaximumScore < InitialScore) yield return $"{path}:MaximumScore must be at least InitialScore.";
        foreach (var item in Enum.GetValues<CreditItem>())
        {
            var points = PointsFor(item);
            var clean = new CreditObservation("", default, item).IsClean;
            if (clean && points < 0) yield return $"{path}:{item} is a clean check and must not deduct points.";
            if (!clean && points >= 0) yield return $"{path}:{item} is a violation and must deduct points.";
        }
    }
}
