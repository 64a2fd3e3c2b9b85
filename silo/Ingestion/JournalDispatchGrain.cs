using Orleans.Placement;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// Owns the silo's <see cref="JournalDispatcher"/> for as long as the cluster's dispatch grain lives here. The loop
/// runs off the grain's scheduler (Task.Run): it calls thousands of grains and must not hold this activation's turn.
/// Placed on the silo that first pings it; kept alive, since idle is its normal state between commits.
/// </summary>
[GrainType("journal-dispatch")]
[KeepAlive]
[PreferLocalPlacement]
public sealed class JournalDispatchGrain(JournalDispatcher dispatcher) : Grain, IJournalDispatchGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        Task.Run(() => dispatcher.StartAsync(CancellationToken.None), CancellationToken.None);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Task.Run(() => dispatcher.StopAsync(cancellationToken), CancellationToken.None);

    public Task EnsureRunningAsync()
    {
        // The silo is shutting down and its keeper stopped the loop: leave, so the next ping places the grain elsewhere.
        if (!dispatcher.IsRunning) DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task CommittedAsync(long seq)
    {
        dispatcher.Signal(seq);
        return Task.CompletedTask;
    }

    public Task<DispatchProgress> GetProgressAsync() =>
        Task.FromResult(new DispatchProgress(dispatcher.AppliedThrough, dispatcher.CommittedThrough));
}
