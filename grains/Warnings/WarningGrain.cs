using QualityMap.Grains.Regions;
using QualityMap.Grains.Runtime;

namespace QualityMap.Grains.Warnings;

/// <summary>
/// A warning lives in its own grain rather than inside the county grain: its workflow (response, acceptance,
/// lifting) and audit history grow independently of the county's counts, and old warnings stay addressable.
/// Workflow steps are decided by <see cref="WarningWorkflow"/>, journaled, then applied; the county grain is told
/// one-way so its map entry and watchers follow.
/// </summary>
public sealed class WarningGrain(RegionTree tree, IWarningJournal journal, WarningOptions options) : Grain<WarningState>, IWarningGrain
{
    private const string System = "system";

    public async Task<WarningSummary> RaiseAsync(string countyCode, WarningLevel level, string reason)
    {
        if (RecordExists) return Summary();
        var now = Time.GetUtcNow();
        State = new WarningState
        {
            CountyCode = countyCode,
            CityCode = tree.Find(countyCode)?.ParentCode,
            Level = level,
            Status = WarningStatus.Open,
            Stage = WarningStage.AwaitingPlan,
            RaisedAt = now,
            History = [new WarningHistoryEntry(now, WarningActions.Raised, System, reason)],
        };
        await WriteStateAsync();
        return Summary();
    }

    public async Task<WarningSummary> EscalateAsync(string reason)
    {
        if (!RecordExists || State.Status != WarningStatus.Open || State.Level == WarningLevel.Red) return Summary();
        State.Level = WarningLevel.Red;
        State.History.Add(new WarningHistoryEntry(Time.GetUtcNow(), WarningActions.Escalated, System, reason, State.Stage));
        await WriteStateAsync();
        return Summary();
    }

    public async Task<WorkflowResult> ExecuteAsync(WarningCommand command)
    {
        if (!RecordExists) return new WorkflowResult(null, WorkflowRules.UnknownWarning, $"No warning has the id '{GetPrimaryKeyString()}'.");
        var highRisk = command is RecordAcceptanceSampling ? await HighRiskEnterprisesAsync() : [];
        var position = new WarningPosition(State.CountyCode, State.CityCode, State.Stage, State.InvestigationsRecorded);
        var outcome = WarningWorkflow.Decide(position, command, highRisk, options.RequireAllHighRiskSampled);
        if (outcome.Refused) return new WorkflowResult(View(), outcome.RefusedRule, outcome.Detail);

        var step = new WarningStep(GetPrimaryKeyString(), command, outcome.Stage, outcome.Detail, Time.GetUtcNow());
        var seq = await journal.AppendAsync(step);   // acked = durable: journaled before any state changes
        await ApplyAsync(seq, step);
        return new WorkflowResult(View(), null, outcome.Detail);
    }

    public Task ReplayAsync(long seq, WarningStep step) =>
        !RecordExists || seq <= State.AppliedSeq ? Task.CompletedTask : ApplyAsync(seq, step);

    public Task<WarningView?> GetAsync() => Task.FromResult(RecordExists ? View() : null);

    private async Task ApplyAsync(long seq, WarningStep step)
    {
        var action = ActionOf(step.Command);
        State.Stage = step.Stage;
        State.AppliedSeq = seq;
        if (step.Command is RecordInvestigation) State.InvestigationsRecorded++;
        if (step.Command is LiftWarning lift)
        {
            State.Status = WarningStatus.Lifted;
            State.LiftDocumentNo = lift.DocumentNo;
        }
        State.History.Add(new WarningHistoryEntry(step.At, action, step.Command.By.ActorId, step.Detail, step.Stage, seq));
        await WriteStateAsync();
        _ = GrainFactory.GetGrain<IRegionGrain>(State.CountyCode).WarningChangedAsync(Summary(), action, seq);
    }

    private async Task<IReadOnlyCollection<string>> HighRiskEnterprisesAsync()
    {
        var towns = tree.ChildrenOf(State.CountyCode);
        var perTown = await Task.WhenAll(towns.Select(t => GrainFactory.GetGrain<IRegionGrain>(t.Code).GetHighRiskEnterprisesAsync()));
        return [.. perTown.SelectMany(usccs => usccs)];
    }

    private static string ActionOf(WarningCommand command) => command switch
    {
        FilePlan => WarningActions.PlanFiled,
        ReviewPlan => WarningActions.PlanReviewed,
        RecordInvestigation => WarningActions.InvestigationRecorded,
        RecordGuidance => WarningActions.GuidanceRecorded,
        RecordRevocation => WarningActions.RevocationRecorded,
        ApplyForAcceptance => WarningActions.AcceptanceApplied,
        RecordAcceptanceSampling => WarningActions.AcceptanceSampled,
        LiftWarning => WarningActions.Lifted,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown warning command."),
    };

    private WarningView View() => new(
        GetPrimaryKeyString(), State.CountyCode, State.Level, State.Status, State.Stage, State.RaisedAt, State.LiftDocumentNo, [.. State.History]);

    private WarningSummary Summary() =>
        new(GetPrimaryKeyString(), State.CountyCode, State.Level, State.Status, State.RaisedAt, State.Stage);
}
