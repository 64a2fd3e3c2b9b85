using Orleans.Concurrency;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Map;
using QualityMap.Grains.Supervision;
using QualityMap.Grains.Trends;
using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Regions;

/// <summary>
/// One region of the tree. A town counts its enterprises; every other level sums its children's reports.
/// Counts change incrementally, and each level keeps the latest version per child so a repeated or late
/// notification never double-counts. Region grains stay in memory.
/// <para>
/// Every request changes the counts (or the open warning) in one synchronous step and then waits for the region's
/// one propagation loop (<see cref="PropagateAsync"/>): decide the warning, publish, report to the parent. Changes
/// that arrive while a report is on its way go up together in the next one, so under load a county or the city
/// takes one report per round instead of one per event, and every caller still returns only once the top of the
/// tree has its change. Reentrant for that: nothing but the loop awaits, so requests never interleave mid-change.
/// </para>
/// </summary>
[GrainType("region")]
[KeepAlive]
[Reentrant]
public sealed class RegionGrain(
    RegionTree tree, ColourOptions colours, IMapFeed feed, SupervisionOptions supervision, CreditOptions credit, WarningOptions warnings,
    TimeProvider time)
    : Grain<RegionState>, IRegionGrain
{
    private readonly Dictionary<string, EnterpriseStatus> _enterprises = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChildReport> _children = new(StringComparer.Ordinal);
    private Region _region = null!;
    private int _highRisk;
    private int _monitored;
    private long _reportVersion;
    private bool _seeded;
    private RegionColour _colour = RegionColour.NoData;
    private bool _stateChanged;
    private bool _countsChanged;
    private IRegionGrain? _parent;
    private readonly Propagation _propagation = new();
    // A town's count changes not yet handed to its trend grain, by minute, and whether the trend should be checked
    // against the counts (after a seeding, when they are complete).
    private List<TrendDelta> _trendChanges = [];
    private bool _trendCheck;
    private IRegionTrendGrain? _trend;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _region = tree.Find(this.GetPrimaryKeyString())
                  ?? throw new InvalidOperationException($"Region {this.GetPrimaryKeyString()} is not in the region tree.");
        // Report versions go on from real time, not from 0: a region re-activated after its silo died must not be
        // ignored by a parent that kept the old activation's higher versions (ten million ticks a second outrun any
        // count of reports; silos' clocks must agree to well within the life of an activation).
        _reportVersion = DateTime.UtcNow.Ticks;
        return Task.CompletedTask;
    }

    public Task EnterpriseChangedAsync(EnterpriseStatus status, DateTimeOffset at)
    {
        RequireLevel(RegionLevel.Town);
        var before = new TrendCounts(_highRisk, _monitored);
        if (!Apply(status)) return _propagation.LastFailed ? ChangedAsync() : Task.CompletedTask;
        AddTrendChange(TrendRules.MinuteOf(at), new TrendCounts(_highRisk, _monitored).Minus(before));
        return ChangedAsync();
    }

    public Task SeedAsync(IReadOnlyList<EnterpriseStatus> statuses)
    {
        RequireLevel(RegionLevel.Town);
        foreach (var status in statuses) Apply(status);
        _seeded = true;
        // Only a town with enterprises checks its trend: every town is seeded at start-up, and a national tree's
        // 41,352 trend grains are not worth waking for towns with nothing to draw.
        _trendCheck |= _monitored > 0;
        // Reports even when nothing changed: a rebuild after a silo died re-seeds every town, and a county or city
        // re-activated empty on another silo learns of its towns only from their reports.
        return ChangedAsync();
    }

    public Task ChildChangedAsync(ChildReport report)
    {
        if (_children.TryGetValue(report.Code, out var previous))
        {
            if (previous.Version >= report.Version) return _propagation.LastFailed ? ChangedAsync() : Task.CompletedTask;
            _highRisk -= previous.HighRisk;
            _monitored -= previous.Monitored;
        }
        _children[report.Code] = report;
        _highRisk += report.HighRisk;
        _monitored += report.Monitored;
        return ChangedAsync();
    }

    public Task<RegionView> GetAsync()
    {
        var children = tree.ChildrenOf(_region.Code)
            .Select(child => _children.TryGetValue(child.Code, out var report)
                ? Summarise(child, report.HighRisk, report.Monitored, report.OpenWarning)
                : Summarise(child, 0, 0, null))
            .ToList();
        return Task.FromResult(new RegionView(Summarise(_region, _highRisk, _monitored, State.OpenWarning), children));
    }

    public Task<IReadOnlyList<string>> GetWarningIdsAsync() => Task.FromResult<IReadOnlyList<string>>([.. State.WarningIds]);

    public Task<IReadOnlyList<string>> GetMonitoredEnterprisesAsync() => Task.FromResult<IReadOnlyList<string>>(
        [.. _enterprises.Values.Where(s => s.Monitored).Select(s => s.Uscc).Order(StringComparer.Ordinal)]);

    public Task<IReadOnlyList<string>> GetHighRiskEnterprisesAsync() => Task.FromResult<IReadOnlyList<string>>(
        [.. _enterprises.Values.Where(s => s.Monitored && s.HighRisk).Select(s => s.Uscc).Order(StringComparer.Ordinal)]);

    public Task WarningChangedAsync(WarningSummary warning, string action, long seq)
    {
        if (action is WarningActions.Raised or WarningActions.Escalated)
        {
            // A journaled decision replayed (a rebuild, or a restart after the county's own write was lost).
            Adopt(warning, action, $"{_region.Name}{Assess().Reason}");
            return ChangedAsync(countsChanged: false);
        }
        AlertWorkflowStep(warning, action, seq);
        if (State.OpenWarning?.Id != warning.Id) return Task.CompletedTask;
        // §4.2.3.2: only the city's lifting ends a warning; a later red or orange raises a new one.
        State.OpenWarning = warning.Status == WarningStatus.Lifted ? null : warning;
        _stateChanged = true;
        feed.Publish(new WarningChanged(warning, action));
        return ChangedAsync(countsChanged: false);
    }

    private bool Apply(EnterpriseStatus status)
    {
        if (_enterprises.TryGetValue(status.Uscc, out var previous))
        {
            if (previous.Version >= status.Version) return false;
            Count(previous, -1);
        }
        _enterprises[status.Uscc] = status;
        Count(status, +1);
        return true;
    }

    private void Count(EnterpriseStatus status, int sign)
    {
        if (!status.Monitored) return;
        _monitored += sign;
        if (status.HighRisk) _highRisk += sign;
    }

    private Task ChangedAsync(bool countsChanged = true)
    {
        _countsChanged |= countsChanged;
        return _propagation.Request(PropagateAsync);
    }

    // One round of the loop, on the latest counts: the only code of this grain that awaits. Warnings are decided on a
    // change of counts only (a lifted warning is not raised again until the counts move, §4.2.3.2), and only on
    // complete counts: an escalation is never undone, so a share skewed by a town that lost its counts with its silo,
    // or by the start-up rebuild half done, must not decide one.
    private async Task PropagateAsync()
    {
        var assessment = Assess();
        AlertTownColour(assessment.Colour);
        var decide = _countsChanged && _region.Level == RegionLevel.County && warnings.DecideFromCounts && CountsComplete();
        _countsChanged = false;
        try
        {
            if (decide) await DecideWarningAsync(assessment);
            if (_stateChanged)
            {
                _stateChanged = false;
                await WriteStateAsync();
            }
        }
        catch
        {
            // The next round (after a failed one, the next request runs one) decides and writes again.
            _countsChanged |= decide;
            _stateChanged = true;
            throw;
        }
        feed.Publish(new RegionChanged(Summarise(_region, _highRisk, _monitored, State.OpenWarning)));
        await Task.WhenAll(ReportToParentAsync(), RecordTrendAsync());
    }

    private void AddTrendChange(DateTimeOffset minute, TrendCounts change)
    {
        if (change == TrendCounts.Zero) return;
        // Coalesced: changes within one minute are one entry, however many enterprises changed in it.
        var last = _trendChanges.Count - 1;
        if (last >= 0 && _trendChanges[last].Bucket == minute)
            _trendChanges[last] = _trendChanges[last] with { Change = _trendChanges[last].Change.Plus(change) };
        else _trendChanges.Add(new TrendDelta(minute, change));
    }

    // A town hands its changes to its trend grain in the round, beside the report to its parent, so the trend costs no
    // extra wait; a failed hand-over keeps them (and the check) for the next round, as a failed report does.
    private async Task RecordTrendAsync()
    {
        if (_region.Level != RegionLevel.Town || (_trendChanges.Count == 0 && !_trendCheck)) return;
        var changes = _trendChanges;
        var check = _trendCheck;
        _trendChanges = [];
        _trendCheck = false;
        try
        {
            _trend ??= GrainFactory.GetGrain<IRegionTrendGrain>(_region.Code);
            await _trend.RecordAsync(changes, check ? new TrendCounts(_highRisk, _monitored) : null, time.GetUtcNow());
        }
        catch
        {
            _trendChanges = [.. changes, .. _trendChanges];
            _trendCheck |= check;
            throw;
        }
    }

    // DB3304/T 056 §4.2.1: the county bureau gets a formal warning when its county turns red or orange. The warning grain
    // journals the decision, so a rebuild replays it rather than deciding again on counts that arrive in another order.
    private async Task DecideWarningAsync(ColourAssessment assessment)
    {
        var decision = WarningRules.Decide(assessment.Colour, State.OpenWarning?.Level);
        if (decision == WarningDecision.None) return;
        var reason = $"{_region.Name}{assessment.Reason}";
        if (decision == WarningDecision.Raise)
        {
            var id = WarningIds.For(_region.Code, State.WarningsRaised + 1);
            Adopt(await GrainFactory.GetGrain<IWarningGrain>(id).RaiseAsync(_region.Code, WarningRules.LevelFor(assessment.Colour), reason), WarningActions.Raised, reason);
        }
        else
        {
            Adopt(await GrainFactory.GetGrain<IWarningGrain>(State.OpenWarning!.Id).EscalateAsync(reason), WarningActions.Escalated, reason);
        }
    }

    // The county's record of a raised or escalated warning, told to its watchers and its bureau. Idempotent: a decision
    // may reach the county twice (its own answer, and a replay after a crash).
    private void Adopt(WarningSummary summary, string action, string reason)
    {
        if (!State.WarningIds.Contains(summary.Id)) State.WarningIds.Add(summary.Id);
        State.WarningsRaised = Math.Max(State.WarningsRaised, State.WarningIds.Count);
        if (summary.Status != WarningStatus.Lifted) State.OpenWarning = summary;
        _stateChanged = true;
        feed.Publish(new WarningChanged(summary, action));
        var raised = action == WarningActions.Raised;
        Alert(_region.Code, raised
            ? new AlertRequest($"warning:{summary.Id}:raised", AlertKinds.WarningRaised, $"{_region.Name}被发出{LevelName(summary.Level)}预警（{summary.Id}）", reason)
            : new AlertRequest($"warning:{summary.Id}:escalated", AlertKinds.WarningEscalated, $"{_region.Name}预警升级为红色（{summary.Id}）", reason));
    }

    // Live alerts (docs/bureau-api.md): the county bureau hears of its warnings, its towns turning orange or red and
    // its acceptance results; the city bureau hears of the steps that wait for it.
    private void AlertWorkflowStep(WarningSummary warning, string action, long seq)
    {
        var key = $"warning:{warning.Id}:{action}:{seq}";
        switch (action)
        {
            case WarningActions.PlanFiled when _region.ParentCode is { } city:
                Alert(city, new AlertRequest(key, AlertKinds.PlanFiled, $"{_region.Name}提交了整治方案（{warning.Id}）", "请审核整治方案。"));
                break;
            case WarningActions.AcceptanceApplied when _region.ParentCode is { } city:
                Alert(city, new AlertRequest(key, AlertKinds.AcceptanceApplied, $"{_region.Name}申请验收（{warning.Id}）", "请组织对高风险企业的验收抽查。"));
                break;
            case WarningActions.AcceptanceSampled:
                var passed = warning.Stage == WarningStage.AcceptancePassed;
                Alert(_region.Code, new AlertRequest(key, passed ? AlertKinds.AcceptancePassed : AlertKinds.AcceptanceFailed,
                    passed ? $"验收通过（{warning.Id}）" : $"验收不通过，退回整改（{warning.Id}）",
                    passed ? "等待市局发文解除预警。" : "不合格批次率超过10%，请继续整改后再次申请验收。"));
                break;
        }
    }

    // DB3304/T 056 §4.2.1: a town turning orange or red is an alert to its county bureau, not a formal warning. Each
    // worsening is one alert; leaving the colour starts its hold, and only a town out of it for the whole hold
    // (Alerts:ClearAfter) pages again: coming back sooner updates the same alert (AlertLifecycle).
    private void AlertTownColour(RegionColour colour)
    {
        var before = _colour;
        _colour = colour;
        if (_region.Level != RegionLevel.Town || _region.ParentCode is not { } county) return;
        if (colour == before) return;   // most count changes keep the colour: nothing to say
        foreach (var level in new[] { RegionColour.Orange, RegionColour.Red })
        {
            if (colour < level && before >= level) _ = GrainFactory.GetGrain<IAlertsGrain>(county).ClearAsync(TownAlertKey(level));
        }
        if (colour is RegionColour.Orange or RegionColour.Red && colour > before)
        {
            var red = colour == RegionColour.Red;
            Alert(county, new AlertRequest(TownAlertKey(colour), red ? AlertKinds.TownRed : AlertKinds.TownOrange,
                $"{_region.Name}变为{(red ? "红色" : "橙色")}", $"{_region.Name}{Assess().Reason}"));
        }
    }

    private string TownAlertKey(RegionColour colour) => $"town:{_region.Code}:{colour.ToString().ToLowerInvariant()}";

    private void Alert(string regionCode, AlertRequest request) => _ = GrainFactory.GetGrain<IAlertsGrain>(regionCode).RaiseAsync(request);

    private static string LevelName(WarningLevel level) => level == WarningLevel.Red ? "红色" : "橙色";

    private Task ReportToParentAsync()
    {
        if (_region.ParentCode is not { } parent) return Task.CompletedTask;
        // Kept: Orleans works out a reference's grain type by reflection on every GetGrain (a profiled cost).
        _parent ??= GrainFactory.GetGrain<IRegionGrain>(parent);
        var report = new ChildReport(_region.Code, _highRisk, _monitored, State.OpenWarning, ++_reportVersion, CountsComplete());
        return _parent.ChildChangedAsync(report);
    }

    private bool CountsComplete() => _region.Level == RegionLevel.Town
        ? _seeded
        : tree.ChildrenOf(_region.Code).All(child => _children.TryGetValue(child.Code, out var report) && report.Complete);

    private ColourAssessment Assess() => Assess(_highRisk, _monitored, _region.Level);

    // Under the credit scheme the towns count C+D among scored operators (SupervisionGrain reports them) and the
    // scheme's own thresholds colour every level; warnings then follow that colour as they follow Jiaxing's.
    private ColourAssessment Assess(int highRisk, int monitored, RegionLevel level) =>
        SchemeColourRules.Assess(supervision.Scheme, highRisk, monitored, level, colours, credit);

    private RegionSummary Summarise(Region region, int highRisk, int monitored, WarningSummary? openWarning)
    {
        var assessment = Assess(highRisk, monitored, region.Level);
        return new RegionSummary(
            region.Code, region.Name, region.Level, assessment.Colour, highRisk, monitored,
            assessment.SharePercent, assessment.Reason, openWarning);
    }

    private void RequireLevel(RegionLevel level)
    {
        if (_region.Level != level)
            throw new InvalidOperationException($"Region {_region.Code} is a {_region.Level}, not a {level}.");
    }
}
