using QualityMap.Grains.Classification;
using QualityMap.Grains.Events;

namespace QualityMap.Tests.Rules;

/// <summary>Builds the enterprise events the rule tests feed in; only the fields the rules read vary.</summary>
internal static class Evidence
{
    // A well-formed code (GB 32100 textbook example); the pure rules never look at it.
    public const string Uscc = "91350100M000100Y43";

    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, Beijing);

    public static SamplingResult Sampling(string id, DateTimeOffset at, bool passed) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, BatchNo = $"CC-{id}", ProductCode = "0101", Passed = passed,
    };

    public static SamplingResult FailedSampling(string id, DateTimeOffset at) => Sampling(id, at, passed: false);

    public static AdministrativePenalty Penalty(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, DecisionNo = $"嘉市监罚〔2024〕{id}号",
    };

    public static ReinspectionResult Reinspection(string id, DateTimeOffset at, bool passed) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, ProductCode = "0101", Passed = passed,
    };

    public static ReinspectionResult FailedReinspection(string id, DateTimeOffset at) => Reinspection(id, at, passed: false);

    public static SamplingRefused Refusal(string id, DateTimeOffset at) => new() { EventId = id, Uscc = Uscc, OccurredAt = at };

    public static QualityAccident Accident(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, Description = "产品质量安全事故",
    };

    public static LicenceRevoked Revoked(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, LicenceNo = "SC10633040200001",
    };

    public static LicenceSuspended Suspended(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, LicenceNo = "SC10633040200001",
    };

    public static UnlicensedProductionFound Unlicensed(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, ProductCode = "0101",
    };

    public static LicenceRestored Restored(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, LicenceNo = "SC10633040200001",
    };

    public static DishonestyListed Listed(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, ListingNo = "SX-2024-001",
    };

    public static DishonestyDelisted Delisted(string id, DateTimeOffset at) => new()
    {
        EventId = id, Uscc = Uscc, OccurredAt = at, ListingNo = "SX-2024-001",
    };

    /// <summary>The three ways to lose a licence: "revoked", "suspended", "unlicensed" (无证生产).</summary>
    public static EnterpriseEvent LicenceLoss(string loss, string id, DateTimeOffset at) => loss switch
    {
        "revoked" => Revoked(id, at),
        "suspended" => Suspended(id, at),
        "unlicensed" => Unlicensed(id, at),
        _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, null),
    };

    public static EnterpriseFacts Facts(params EnterpriseEvent[] events) =>
        events.Aggregate(EnterpriseFacts.None, (facts, evt) => facts.With(evt));
}
