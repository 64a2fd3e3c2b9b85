using System.Collections.Immutable;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>One call waiting in an activation's mailbox.</summary>
internal abstract class WorkItem
{
    /// <summary>The caller's <see cref="RequestContext"/>, captured when the call is queued.</summary>
    protected ImmutableDictionary<string, object>? CallContext { get; } = RequestContext.Export();

    public abstract Task RunAsync(Grain grain);

    public abstract void Fail(Exception exception);
}

/// <summary>A call whose result (or exception) is handed back to the caller through a task.</summary>
internal sealed class WorkItem<TResult>(Func<Grain, Task<TResult>> call) : WorkItem
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TResult> Completion => _completion.Task;

    public override async Task RunAsync(Grain grain)
    {
        RequestContext.Import(CallContext);
        try
        {
            _completion.TrySetResult(await call(grain));
        }
        catch (Exception exception)
        {
            _completion.TrySetException(exception);
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
