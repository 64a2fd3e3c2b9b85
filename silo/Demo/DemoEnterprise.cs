using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>One generated enterprise: its master data and what the live simulator needs to know of it.</summary>
/// <param name="Bureau">Abbreviation of its county bureau in decision numbers (嘉南 → 嘉南市监处罚〔2025〕12号).</param>
/// <param name="Address">Its premises, shown on the scan page of its batches.</param>
/// <param name="Propensity">
/// The high-risk share its town was generated with; live adverse events fall more often on enterprises of
/// risky towns, so the counties keep their different colours.
/// </param>
public sealed record DemoEnterprise(
    string Uscc,
    string Name,
    string TownCode,
    string CountyCode,
    IReadOnlyList<ProductLine> Products,
    string? LicenceNo,
    string Bureau,
    double Propensity,
    string Address);
