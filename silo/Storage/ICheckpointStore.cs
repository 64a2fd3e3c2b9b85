namespace QualityMap.Silo.Storage;

/// <summary>Named journal positions, e.g. how far the dispatcher has handed records to grains.</summary>
public interface ICheckpointStore
{
    /// <summary>The stored seq; 0 when the checkpoint was never written.</summary>
    Task<long> ReadAsync(string name, CancellationToken ct = default);

    /// <summary>Stores <paramref name="seq"/> under <paramref name="name"/>; durable when the task completes.</summary>
    Task WriteAsync(string name, long seq, CancellationToken ct = default);
}
