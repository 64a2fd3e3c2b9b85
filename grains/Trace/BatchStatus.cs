namespace QualityMap.Grains.Trace;

/// <summary>What a scan of the batch's code says first, in order of severity.</summary>
public enum BatchStatus
{
    /// <summary>Registered with its inspection certificate, and no failed sampling names it (合格).</summary>
    Passed,

    /// <summary>A supervisory sampling or re-inspection of the batch failed (不合格).</summary>
    Failed,

    /// <summary>The batch is recalled (召回): whatever sampling found, it must come off the shelves.</summary>
    Recalled,
}
