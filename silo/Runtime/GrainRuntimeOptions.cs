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

    /// <summary>Delay before a reminder whose delivery failed is tried again.</summary>
    public TimeSpan ReminderRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
