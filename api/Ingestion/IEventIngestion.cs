using QualityMap.Grains.Events;

namespace QualityMap.Api.Ingestion;

/// <summary>
/// Takes validated events into the service: journals them durably (committed before this returns) and hands
/// them on to their grains. Implemented by the silo; the HTTP endpoint and the demo simulator both use it.
/// </summary>
public interface IEventIngestion
{
    Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<EnterpriseEvent> events, CancellationToken cancellationToken = default);
}
