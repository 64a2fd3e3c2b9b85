using Orleans.Concurrency;

namespace QualityMap.Silo.Ingestion;

/// <summary>
/// The cluster's one journal dispatcher (ARCHITECTURE "one journal, one order"). Orleans keeps a grain to one
/// activation, so whichever silo hosts it runs the dispatch loop (<see cref="JournalDispatcher"/>); when that silo
/// dies, the next keeper ping (<see cref="DispatchKeeper"/>) activates it on another, which resumes from the stored
/// checkpoint. Grains skip events older than the last one they applied, so the replay applies nothing twice.
/// </summary>
public interface IJournalDispatchGrain : IGrainWithStringKey
{
    /// <summary>The one key: there is one journal.</summary>
    const string Key = "journal";

    /// <summary>Activates the dispatcher where it is not running (every silo pings it).</summary>
    Task EnsureRunningAsync();

    /// <summary>A silo committed journal records up to <paramref name="seq"/>.</summary>
    [OneWay, AlwaysInterleave]
    Task CommittedAsync(long seq);

    /// <summary>How far the journal is applied, and the highest seq the dispatcher knows to be committed.</summary>
    [AlwaysInterleave]
    Task<DispatchProgress> GetProgressAsync();
}

[GenerateSerializer, Immutable, Alias("qm.DispatchProgress")]
public sealed record DispatchProgress(long AppliedThrough, long CommittedThrough);
