using System.Collections.Immutable;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>One call waiting in an activation's mailbox.</summary>
internal abstract class WorkItem
{
    private CallCohort? _cohort;

    protected WorkItem()
    {
        _cohort = CallCohort.Of(CallContext);
        _cohort?.Enter();
    }

    /// <summary>The caller's <see cref="RequestContext"/>, captured when the call is queued.</summary>
    protected ImmutableDictionary<string, object>? CallContext { get; } = RequestContext.Export();

    /// <summary>The call has run (or failed without running): its cohort stops counting it, once.</summary>
    protected void Finished() => Interlocked.Exchange(ref _cohort, null)?.Leave();

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
        finally
        {
            Finished();
        }
    }

    public override void Fail(Exception exception)
    {
        _completion.TrySetException(exception);
        Finished();
    }
}
