using System.Globalization;
using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Builds the demo's events with plausible document numbers, so the seeded history and the live events read
/// alike. Every number comes from the caller's serial: nothing here is random.
/// </summary>
internal static class DemoEvents
{
    public static EnterpriseRegistered Registration(string id, DemoEnterprise enterprise, DateTimeOffset at) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        Name = enterprise.Name,
        TownCode = enterprise.TownCode,
        Products = enterprise.Products,
        LicenceNo = enterprise.LicenceNo,
        Address = enterprise.Address,
    };

    /// <param name="series">Two letters that keep seeded and live batch numbers apart.</param>
    public static SamplingResult Sampling(
        string id, DemoEnterprise enterprise, DateTimeOffset at, ProductLine product, bool passed, string series, long serial) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        BatchNo = Format($"{series}{at:yyyyMMdd}{serial:D5}"),
        ProductCode = product.Code,
        Passed = passed,
    };

    public static ReinspectionResult Reinspection(string id, DemoEnterprise enterprise, DateTimeOffset at, ProductLine product, bool passed) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        ProductCode = product.Code,
        Passed = passed,
    };

    public static AdministrativePenalty Penalty(string id, DemoEnterprise enterprise, DateTimeOffset at, string violation, long serial) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        DecisionNo = Format($"{enterprise.Bureau}市监处罚〔{at.Year}〕{serial}号"),
        Violation = violation,
    };

    public static SamplingRefused Refusal(string id, DemoEnterprise enterprise, DateTimeOffset at, string note) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        Note = note,
    };

    public static QualityAccident Accident(string id, DemoEnterprise enterprise, DateTimeOffset at, ProductLine product, string consequence) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        Description = $"{product.Name}质量安全事故，{consequence}",
    };

    public static LicenceSuspended Suspension(string id, DemoEnterprise enterprise, DateTimeOffset at) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        LicenceNo = LicenceOf(enterprise),
    };

    public static LicenceRevoked Revocation(string id, DemoEnterprise enterprise, DateTimeOffset at) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        LicenceNo = LicenceOf(enterprise),
    };

    public static LicenceRestored Restoration(string id, DemoEnterprise enterprise, DateTimeOffset at) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        LicenceNo = LicenceOf(enterprise),
    };

    public static DishonestyListed Listing(string id, DemoEnterprise enterprise, DateTimeOffset at, long serial) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        ListingNo = Format($"SX{enterprise.CountyCode}{at:yyyy}{serial:D5}"),
    };

    public static DishonestyDelisted Delisting(string id, DemoEnterprise enterprise, DateTimeOffset at, string listingNo) => new()
    {
        EventId = id,
        Uscc = enterprise.Uscc,
        OccurredAt = at,
        ListingNo = listingNo,
    };

    private static string LicenceOf(DemoEnterprise enterprise) =>
        enterprise.LicenceNo ?? throw new InvalidOperationException($"Demo enterprise {enterprise.Uscc} holds no licence.");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
