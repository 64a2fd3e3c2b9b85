using System.Reflection;
using System.Text.Json.Serialization;

namespace QualityMap.Grains.Events;

/// <summary>The wire names of the event kinds (the <c>kind</c> field of an ingested event).</summary>
public static class EventKinds
{
    public const string SamplingResult = "sampling_result";
    public const string AdministrativePenalty = "administrative_penalty";
    public const string LicenceRevoked = "licence_revoked";
    public const string LicenceSuspended = "licence_suspended";
    public const string LicenceRestored = "licence_restored";
    public const string UnlicensedProductionFound = "unlicensed_production_found";
    public const string ReinspectionResult = "reinspection_result";
    public const string DishonestyListed = "dishonesty_listed";
    public const string DishonestyDelisted = "dishonesty_delisted";
    public const string SamplingRefused = "sampling_refused";
    public const string QualityAccident = "quality_accident";
    public const string EnterpriseRegistered = "enterprise_registered";
    public const string EnterpriseMoved = "enterprise_moved";
    public const string EnterpriseClosed = "enterprise_closed";
    public const string BatchRegistered = "batch_registered";
    public const string BatchRecalled = "batch_recalled";

    // The kinds are the derived types EnterpriseEvent declares for its JSON: one list, which the parser, the metrics
    // and the README's table all read.
    private static readonly IReadOnlyDictionary<string, Type> s_types = typeof(EnterpriseEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => (string)a.TypeDiscriminator!, a => a.DerivedType, StringComparer.Ordinal);

    /// <summary>Every kind, in the order <see cref="EnterpriseEvent"/> declares them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(EnterpriseEvent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Select(a => (string)a.TypeDiscriminator!)];

    /// <summary>The record of <paramref name="kind"/>, or null for a kind that does not exist.</summary>
    public static Type? TypeOf(string kind) => s_types.GetValueOrDefault(kind);
}
