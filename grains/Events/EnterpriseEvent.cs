using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>
/// Something that happened to one enterprise, as reported by an ingest client. <see cref="EventId"/> is chosen
/// by the client and makes re-sending harmless; <see cref="OccurredAt"/> is when it happened, which is what the
/// classification windows count from (not when it reached us).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SamplingResult), EventKinds.SamplingResult)]
[JsonDerivedType(typeof(AdministrativePenalty), EventKinds.AdministrativePenalty)]
[JsonDerivedType(typeof(LicenceRevoked), EventKinds.LicenceRevoked)]
[JsonDerivedType(typeof(LicenceSuspended), EventKinds.LicenceSuspended)]
[JsonDerivedType(typeof(LicenceRestored), EventKinds.LicenceRestored)]
[JsonDerivedType(typeof(UnlicensedProductionFound), EventKinds.UnlicensedProductionFound)]
[JsonDerivedType(typeof(ReinspectionResult), EventKinds.ReinspectionResult)]
[JsonDerivedType(typeof(DishonestyListed), EventKinds.DishonestyListed)]
[JsonDerivedType(typeof(DishonestyDelisted), EventKinds.DishonestyDelisted)]
[JsonDerivedType(typeof(SamplingRefused), EventKinds.SamplingRefused)]
[JsonDerivedType(typeof(QualityAccident), EventKinds.QualityAccident)]
[JsonDerivedType(typeof(EnterpriseRegistered), EventKinds.EnterpriseRegistered)]
[JsonDerivedType(typeof(EnterpriseMoved), EventKinds.EnterpriseMoved)]
[JsonDerivedType(typeof(EnterpriseClosed), EventKinds.EnterpriseClosed)]
[JsonDerivedType(typeof(BatchRegistered), EventKinds.BatchRegistered)]
[JsonDerivedType(typeof(BatchRecalled), EventKinds.BatchRecalled)]
[GenerateSerializer, Alias("qm.EnterpriseEvent")]
public abstract record EnterpriseEvent
{
    [Id(0), EventId]
    public required string EventId { get; init; }

    /// <summary>Unified social credit code (GB 32100) of the enterprise the event is about.</summary>
    [Id(1), Uscc]
    public required string Uscc { get; init; }

    [Id(2)]
    public required DateTimeOffset OccurredAt { get; init; }

    [JsonIgnore]
    public abstract string Kind { get; }
}
