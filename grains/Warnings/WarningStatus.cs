namespace QualityMap.Grains.Warnings;

/// <summary>Where a warning stands in the §4.2 workflow. The response and acceptance steps come with the workflow.</summary>
public enum WarningStatus
{
    /// <summary>Raised (§4.2.1) and waiting for the county bureau's response.</summary>
    Open,

    /// <summary>Lifted by the city bureau after a passed acceptance (§4.2.3.2).</summary>
    Lifted,
}
