namespace QualityMap.Grains.Supervision;

/// <summary>Where a task stands at a given moment; computed from the clock, never stored.</summary>
public enum SupervisionTaskStatus
{
    /// <summary>Planned; not yet due for dispatch.</summary>
    Planned,

    /// <summary>Within the dispatch lead time of its due date: listed for the county bureau.</summary>
    Dispatched,

    /// <summary>Past its due date and not completed.</summary>
    Overdue,

    Completed,
}
