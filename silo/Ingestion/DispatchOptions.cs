namespace QualityMap.Silo.Ingestion;

/// <summary>How journaled events are handed to grains (section "Dispatch").</summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Dispatch";

    /// <summary>Events handed to grains whose application has not finished yet; beyond this the dispatcher waits.</summary>
    public int MaxInFlight { get; set; } = 4096;

    /// <summary>How often the dispatch checkpoint is stored (the journal position replay starts from after a crash).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often each silo makes sure the cluster's dispatcher runs somewhere (<see cref="DispatchKeeper"/>). After a
    /// silo dies, dispatch resumes within Orleans' death detection plus this.
    /// </summary>
    public TimeSpan KeeperInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often the dispatcher looks at the journal itself while no commit signal comes: a silo that died between its
    /// commit and its signal, or a signal lost while the dispatcher moved, delays dispatch by at most this.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts to apply one event before it is logged as failed (and replayed at the next start).</summary>
    public int MaxAttempts { get; set; } = 3;
}
