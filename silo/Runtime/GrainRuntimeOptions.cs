namespace QualityMap.Silo.Runtime;

/// <summary>Settings of the grain runtime (section "Grains").</summary>
public sealed class GrainRuntimeOptions
{
    public const string SectionName = "Grains";

    /// <summary>An activation idle for this long is deactivated (its state stays in storage).</summary>
    public TimeSpan IdleDeactivationAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many due reminders are delivered at once (a restart may find thousands due).</summary>
    public int ReminderDeliveryConcurrency { get; set; } = 64;

    /// <summary>
    /// How far ahead stored reminders are held in memory: a start-up loads only those due within this window (at
    /// national scale there is a supervision reminder per enterprise, most of them months away), and the window is
    /// read again from storage whenever half of it has passed. Reminders registered while running are held anyway.
    /// </summary>
    public TimeSpan ReminderLoadAhead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether <c>[WriteBehind]</c> grain classes (state reproducible from the journal) store their state behind the
    /// answer, coalesced and in large transactions; false (the default until the open crash-test finding in
    /// docs/architecture.md is resolved) stores every state before the grain goes on.
    /// </summary>
    public bool WriteBehind { get; set; }

    /// <summary>How long queued write-behind states wait for more before they are stored (a checkpoint does not wait).</summary>
    public TimeSpan WriteBehindDelay { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Queued write-behind states beyond which a writing grain waits for the next flush.</summary>
    public int WriteBehindMaxQueued { get; set; } = 100_000;

    /// <summary>Write-behind states stored per statement batch (one storage operation).</summary>
    public int WriteBehindChunk { get; set; } = 500;

    /// <summary>Delay before a reminder whose delivery failed is tried again.</summary>
    public TimeSpan ReminderRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
