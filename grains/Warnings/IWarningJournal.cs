namespace QualityMap.Grains.Warnings;

/// <summary>Where warning grains journal their workflow steps, durably, before they change any state.</summary>
public interface IWarningJournal
{
    /// <summary>Appends the step and returns its journal sequence once it is committed.</summary>
    Task<long> AppendAsync(WarningStep step);
}
