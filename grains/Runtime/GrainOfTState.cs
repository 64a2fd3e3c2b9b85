namespace QualityMap.Grains.Runtime;

/// <summary>
/// A grain with one persisted state object (Orleans: Grain&lt;TState&gt;). The state is read on activation;
/// <see cref="WriteStateAsync"/> stores it with optimistic concurrency on its version.
/// </summary>
public abstract class Grain<TState> : Grain where TState : class, new()
{
    protected TState State { get; set; } = new();

    /// <summary>The stored version of <see cref="State"/>; 0 while nothing was ever stored.</summary>
    protected long StateVersion { get; private set; }

    protected bool RecordExists => StateVersion > 0;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = await Context.ReadStateAsync<TState>();
        if (stored is not null)
        {
            State = stored.State;
            StateVersion = stored.Version;
        }
        await OnStateLoadedAsync(cancellationToken);
    }

    /// <summary>Runs after the state was loaded on activation.</summary>
    protected virtual Task OnStateLoadedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task WriteStateAsync() => StateVersion = await Context.WriteStateAsync(State, StateVersion);
}
