namespace QualityMap.Api.Ingestion;

/// <summary>The result for one event of a batch; <see cref="Seq"/> is its journal sequence when journaled.</summary>
public sealed record IngestOutcome(string? EventId, IngestStatus Status, long? Seq, IReadOnlyList<FieldError> Errors)
{
    public static IngestOutcome Rejected(string? eventId, params FieldError[] errors) =>
        new(eventId, IngestStatus.Rejected, null, errors);
}
