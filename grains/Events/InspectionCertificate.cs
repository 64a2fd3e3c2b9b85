using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>
/// The inspection certificate (检验合格证明) of a batch: the key information the SAMR 2024 traceability opinion puts
/// on the code beside the production date. Issued by the producer's own laboratory or by a testing body.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.InspectionCertificate"), ObjectNoun("an inspection certificate")]
public sealed record InspectionCertificate(string Number, string Issuer, DateOnly IssuedOn);
