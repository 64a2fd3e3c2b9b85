using QualityMap.Grains.Bulletins;

namespace QualityMap.Grains.Warnings;

/// <summary>One formal warning to a county bureau, keyed "{countyCode}-{number}" (e.g. 330402-0001).</summary>
public interface IWarningGrain : IGrainWithStringKey
{
    /// <summary>Raises the warning (§4.2.1); raising an already raised warning changes nothing.</summary>
    Task<WarningSummary> RaiseAsync(string countyCode, WarningLevel level, string reason);

    /// <summary>Escalates an open orange warning to red; anything else changes nothing.</summary>
    Task<WarningSummary> EscalateAsync(string reason);

    /// <summary>A bureau's step in the §4.2 workflow: journaled and applied, or refused naming the rule.</summary>
    Task<WorkflowResult> ExecuteAsync(WarningCommand command);

    /// <summary>A journaled step, replayed after a restart; a step already applied is skipped.</summary>
    Task ReplayAsync(long seq, WarningStep step);

    /// <summary>The warning's 警情通报 as journaled; null when none was issued (or no warning has this id).</summary>
    Task<IssuedBulletin?> GetBulletinAsync();

    /// <summary>The warning with its history; null when no warning has this id.</summary>
    Task<WarningView?> GetAsync();
}
