namespace QualityMap.Grains.Trace;

/// <summary>
/// Told when a batch is first found 不合格 or first recalled: the silo finds every county whose sellers hold it and
/// alerts their bureaus, and shows the towns on the wall. Implemented by the silo, which keeps the trace index.
/// </summary>
public interface IBatchFlags
{
    Task FlaggedAsync(BatchView batch, BatchStatus flag);
}
