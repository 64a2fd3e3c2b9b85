namespace QualityMap.Silo.Storage;

/// <summary>
/// One grain's state write, queued like any write. The writer stores every such write of a batch together
/// (<see cref="StoreTogether"/>: one statement batch under one savepoint, a single round trip on PostgreSQL) rather
/// than one savepoint and statement each; if that fails, it stores them one by one so a conflicting write fails only
/// its own caller. The caller is released with the new version after COMMIT, as before.
/// </summary>
internal sealed class GrainStateWriteOperation(
    GrainStateWrite write, Func<WriteContext, IReadOnlyList<GrainStateWrite>, Task> store, CancellationToken ct) : WriteOperation
{
    private readonly GrainStateWrite _write = write;
    private readonly Func<WriteContext, IReadOnlyList<GrainStateWrite>, Task> _store = store;
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<long> Task => _completion.Task;

    public override bool IsCancellationRequested => ct.IsCancellationRequested;

    public override Task ExecuteAsync(WriteContext context) => _store(context, [_write]);

    /// <summary>Stores the writes of <paramref name="operations"/> in one go (all from the same store).</summary>
    public static Task StoreTogether(WriteContext context, IReadOnlyList<GrainStateWriteOperation> operations) =>
        operations[0]._store(context, [.. operations.Select(o => o._write)]);

    public override void Complete() => _completion.TrySetResult(_write.NewVersion);

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override void Cancel() => _completion.TrySetCanceled(ct);
}
