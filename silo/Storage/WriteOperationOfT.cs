namespace QualityMap.Silo.Storage;

/// <summary>A queued write whose result is handed to the caller once its batch committed.</summary>
internal sealed class WriteOperation<T>(Func<WriteContext, Task<T>> work, CancellationToken ct) : WriteOperation
{
    // Continuations must not run on the writer loop: they would delay the next batch.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public override bool IsCancellationRequested => ct.IsCancellationRequested;

    public override async Task ExecuteAsync(WriteContext context) => _result = await work(context).ConfigureAwait(false);

    public override void Complete() => _completion.TrySetResult(_result);

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override void Cancel() => _completion.TrySetCanceled(ct);
}
