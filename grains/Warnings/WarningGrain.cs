using QualityMap.Grains.Runtime;

namespace QualityMap.Grains.Warnings;

/// <summary>
/// A warning lives in its own grain rather than inside the county grain: its workflow (response, acceptance,
/// lifting) and audit history grow independently of the county's counts, and old warnings stay addressable.
/// </summary>
public sealed class WarningGrain : Grain<WarningState>, IWarningGrain
{
    private const string System = "system";

    public async Task<WarningSummary> RaiseAsync(string countyCode, WarningLevel level, string reason)
    {
        if (RecordExists) return Summary();
        var now = Time.GetUtcNow();
        State = new WarningState
        {
            CountyCode = countyCode,
            Level = level,
            Status = WarningStatus.Open,
            RaisedAt = now,
            History = [new WarningHistoryEntry(now, "raised", System, reason)],
        };
        await WriteStateAsync();
        return Summary();
    }

    public async Task<WarningSummary> EscalateAsync(string reason)
    {
        if (!RecordExists || State.Status != WarningStatus.Open || State.Level == WarningLevel.Red) return Summary();
        State.Level = WarningLevel.Red;
        State.History.Add(new WarningHistoryEntry(Time.GetUtcNow(), "escalated", System, reason));
        await WriteStateAsync();
        return Summary();
    }

    public Task<WarningView?> GetAsync() => Task.FromResult(
        RecordExists
            ? new WarningView(GetPrimaryKeyString(), State.CountyCode, State.Level, State.Status, State.RaisedAt, [.. State.History])
            : null);

    private WarningSummary Summary() =>
        new(GetPrimaryKeyString(), State.CountyCode, State.Level, State.Status, State.RaisedAt);
}
