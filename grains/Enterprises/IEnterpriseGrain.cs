using QualityMap.Grains.Events;

namespace QualityMap.Grains.Enterprises;

/// <summary>One enterprise, keyed by its unified social credit code.</summary>
public interface IEnterpriseGrain : IGrainWithStringKey
{
    /// <summary>Applies a journaled event and reclassifies; an event at or below the last applied sequence is skipped.</summary>
    Task ApplyAsync(JournaledEvent journaled);

    /// <summary>The enterprise with its class, reasons and history; null if it was never registered.</summary>
    Task<EnterpriseView?> GetAsync();
}
