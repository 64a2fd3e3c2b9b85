using QualityMap.Grains.Events;

namespace QualityMap.Grains.Trace;

/// <summary>A batch as the service knows it: the registration's key information and its inspection status.</summary>
[GenerateSerializer, Immutable, Alias("qm.BatchView")]
public sealed record BatchView(
    BatchKey Key,
    string ProducerUscc,
    string ProductCode,
    string? ProductName,
    DateOnly ProductionDate,
    int Quantity,
    InspectionCertificate Certificate,
    SerialRange? Serials,
    string? CccCertificateNo,
    string? Ecode,
    DateTimeOffset RegisteredAt,
    BatchStatus Status,
    IReadOnlyList<BatchFailure> Failures,
    BatchRecall? Recall);
