namespace QualityMap.Silo.Storage;

/// <summary>One caller's write, queued for the single writer loop.</summary>
internal abstract class WriteOperation
{
    /// <summary>True when the caller gave up before the write started; it is then skipped.</summary>
    public abstract bool IsCancellationRequested { get; }

    /// <summary>Does the work inside the batch transaction; not yet visible or durable.</summary>
    public abstract Task ExecuteAsync(WriteContext context);

    /// <summary>Releases the caller with its result; only after COMMIT returned.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception error);

    public abstract void Cancel();
}
