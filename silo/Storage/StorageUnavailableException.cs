namespace QualityMap.Silo.Storage;

/// <summary>
/// The database could not be reached or could not make a write durable (down, connection lost, disk full,
/// busy). Nothing of the failed write is acknowledged; the same request can be retried once the database is
/// back, and the service recovers without a restart. HTTP answers 503 with Retry-After.
/// </summary>
public sealed class StorageUnavailableException(Exception inner)
    : Exception($"Storage is unavailable: {inner.Message}", inner);
