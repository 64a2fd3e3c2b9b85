namespace QualityMap.Grains.Runtime;

/// <summary>
/// Base class of every grain. The runtime attaches the context before <see cref="OnActivateAsync"/>
/// and runs every call on the activation's own turn, one at a time: grain code needs no locks.
/// </summary>
public abstract class Grain
{
    private IGrainContext? _context;

    protected IGrainContext Context =>
        _context ?? throw new InvalidOperationException("The grain is not attached to an activation.");

    protected IGrainFactory GrainFactory => Context.GrainFactory;

    protected TimeProvider Time => Context.Time;

    public string GetPrimaryKeyString() => Context.Key;

    internal void Attach(IGrainContext context) => _context = context;

    /// <summary>Runs on the activation's first turn, before any call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs on the activation's last turn, before it is dropped from memory.</summary>
    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected Task RegisterOrUpdateReminderAsync(string name, DateTimeOffset dueAt) =>
        Context.RegisterOrUpdateReminderAsync(name, dueAt);

    protected Task UnregisterReminderAsync(string name) => Context.UnregisterReminderAsync(name);

    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();
}
