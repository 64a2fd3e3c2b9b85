using System.Collections.Immutable;
using QualityMap.Grains.Runtime;

namespace QualityMap.Silo.Runtime;

/// <summary>
/// Counts the grain calls caused by the work started while this cohort was current, one-way calls and their own
/// calls included (it travels in the <see cref="RequestContext"/>, which every queued call captures). The dispatcher
/// makes one current for the journal entries it hands out; sealing it tells when everything those entries set off
/// (the enterprise, its town and county, its supervision…) has run, so their states can be flushed before the
/// checkpoint passes the entries. A call counts from being queued until its turn ended, so a turn's one-way calls
/// are counted before the turn that made them stops counting.
/// </summary>
public sealed class CallCohort
{
    private const string ContextKey = "qualitymap.call-cohort";
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _open = 1;   // the seal: held until SealAsync

    /// <summary>Makes this cohort the one the current flow's grain calls belong to.</summary>
    public void MakeCurrent() => RequestContext.Set(ContextKey, this);

    /// <summary>No work starts in this cohort any more; completes once every call counted in it has run.</summary>
    public Task SealAsync()
    {
        Leave();
        return _drained.Task;
    }

    internal static CallCohort? Of(ImmutableDictionary<string, object>? context) =>
        context?.GetValueOrDefault(ContextKey) as CallCohort;

    internal void Enter() => Interlocked.Increment(ref _open);

    internal void Leave()
    {
        if (Interlocked.Decrement(ref _open) == 0) _drained.TrySetResult();
    }
}
