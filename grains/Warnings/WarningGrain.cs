using QualityMap.Grains.Reminders;
using System.Globalization;
using QualityMap.Grains.Alerts;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Bulletins;
using QualityMap.Grains.Enterprises;

namespace QualityMap.Grains.Warnings;

/// <summary>
/// A warning lives in its own grain rather than inside the county grain: its workflow (response, acceptance,
/// lifting) and audit history grow independently of the county's counts, and old warnings stay addressable.
/// Workflow steps are decided by <see cref="WarningWorkflow"/>, journaled, then applied; the county grain is told
/// one-way so its map entry and watchers follow. The county's present deadline (<see cref="WarningDeadlines"/>) has two
/// durable reminders, so an approaching or missed deadline alerts the county bureau even across restarts.
/// </summary>
[GrainType("warning")]
public sealed class WarningGrain(RegionTree tree, IWarningJournal journal, WarningOptions options, TimeProvider time)
    : Grain<WarningState>, IWarningGrain, IRemindable
{
    private OneShotReminders? _dueTimes;

    private OneShotReminders DueTimes => _dueTimes ??= new(this, time);

    // A warning exists once raised: a raise step is the only one that starts from the empty state.
    private bool RecordExists => State.CountyCode.Length > 0;

    private const string System = "system";
    private const string DeadlineApproaching = "deadline-approaching";
    private const string DeadlinePassed = "deadline-passed";
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);   // deadlines read in Beijing time

    public async Task<WarningSummary> RaiseAsync(string countyCode, WarningLevel level, string reason)
    {
        if (RecordExists) return Summary();
        await JournalAndApplyAsync(new RaiseWarning(countyCode, level, reason) { By = ServiceOf(countyCode) }, WarningStage.AwaitingPlan, reason);
        return Summary();
    }

    public async Task<WarningSummary> EscalateAsync(string reason)
    {
        if (!RecordExists || State.Status != WarningStatus.Open || State.Level == WarningLevel.Red) return Summary();
        await JournalAndApplyAsync(new EscalateWarning(reason) { By = ServiceOf(State.CountyCode) }, State.Stage, reason);
        return Summary();
    }

    // The county grain asked, and takes the answer itself: it is not told again.
    private async Task JournalAndApplyAsync(WarningCommand decision, WarningStage stage, string reason)
    {
        var step = new WarningStep(this.GetPrimaryKeyString(), decision, stage, reason, time.GetUtcNow());
        await ApplyAsync(await journal.AppendAsync(step), step, tellCounty: false);
    }

    public async Task<WorkflowResult> ExecuteAsync(WarningCommand command)
    {
        if (!RecordExists) return new WorkflowResult(null, WorkflowRules.UnknownWarning, $"No warning has the id '{this.GetPrimaryKeyString()}'.");
        var highRisk = command is RecordAcceptanceSampling ? await HighRiskEnterprisesAsync() : [];
        var position = new WarningPosition(State.CountyCode, State.CityCode, State.Stage, State.InvestigationsRecorded, State.Bulletin is not null);
        var outcome = WarningWorkflow.Decide(position, command, highRisk, options.RequireAllHighRiskSampled);
        if (outcome.Refused) return new WorkflowResult(View(), outcome.RefusedRule, outcome.Detail);

        if (command is IssueBulletin issue) command = issue with { Facts = await BulletinFactsAsync() };
        var step = new WarningStep(this.GetPrimaryKeyString(), command, outcome.Stage, outcome.Detail, time.GetUtcNow());
        // acked = durable: journaled before any state changes
        var seq = command is IssueBulletin bulletin
            ? await journal.AppendUniqueAsync(step, BulletinRules.UniqueKeyOf(bulletin.DocumentNo))
            : await journal.AppendAsync(step);
        if (seq is null)
            return new WorkflowResult(View(), WorkflowRules.DocumentNumberTaken, $"The document number {((IssueBulletin)command).DocumentNo} has been issued already.");
        await ApplyAsync(seq.Value, step, tellCounty: true);
        return new WorkflowResult(View(), null, outcome.Detail);
    }

    // A raise starts the record; every later step applies once, in journal order. A replayed step is told to the county,
    // which in a rebuild learns of its warnings only so.
    public Task ReplayAsync(long seq, WarningStep step)
    {
        if (step.Command is RaiseWarning or EscalateWarning) return ReplayDecisionAsync(seq, step);
        return !RecordExists || seq <= State.AppliedSeq ? Task.CompletedTask : ApplyAsync(seq, step, tellCounty: true);
    }

    // A silo died after journaling a decision and before storing it; on restart the county, deciding again, journaled the
    // same decision a second time and applied it before the dispatcher replayed the first. The first in the journal is
    // the decision (a rebuild applies it and skips the second), so the record takes its time, reason and sequence.
    private Task ReplayDecisionAsync(long seq, WarningStep step)
    {
        if (!RecordExists) return step.Command is RaiseWarning ? ApplyAsync(seq, step, tellCounty: true) : Task.CompletedTask;
        var action = ActionOf(step.Command);
        var recorded = State.History.FindIndex(h => h.Action == action);
        if (recorded < 0) return ApplyAsync(seq, step, tellCounty: true);
        return State.History[recorded].Seq > seq ? RebaseAsync(seq, step, recorded) : Task.CompletedTask;
    }

    private async Task RebaseAsync(long seq, WarningStep step, int recorded)
    {
        var entry = State.History[recorded];
        State.History[recorded] = entry with { At = step.At, Detail = step.Detail, Seq = seq };
        if (step.Command is RaiseWarning raise)
        {
            State.RaisedAt = step.At;
            if (!State.History.Any(h => h.Action == WarningActions.Escalated)) State.Level = raise.Level;
        }
        await WriteStateAsync();
        _ = GrainFactory.GetGrain<IRegionGrain>(State.CountyCode).WarningChangedAsync(Summary(), entry.Action, seq);
    }

    public Task<WarningView?> GetAsync() => Task.FromResult(RecordExists ? View() : null);

    public Task<IssuedBulletin?> GetBulletinAsync() => Task.FromResult(State.Bulletin);

    private async Task ApplyAsync(long seq, WarningStep step, bool tellCounty)
    {
        var action = ActionOf(step.Command);
        var stageChanged = !RecordExists || (seq > State.AppliedSeq && State.Stage != step.Stage);
        switch (step.Command)
        {
            case RaiseWarning raise:
                State = new WarningState
                {
                    CountyCode = raise.CountyCode,
                    CityCode = tree.Find(raise.CountyCode)?.ParentCode,
                    Level = raise.Level,
                    Status = WarningStatus.Open,
                    RaisedAt = step.At,
                    History = [new WarningHistoryEntry(step.At, action, System, step.Detail, Seq: seq)],
                };
                break;
            case EscalateWarning:
                State.Level = WarningLevel.Red;
                InJournalOrder(new WarningHistoryEntry(step.At, action, System, step.Detail, step.Stage, seq));
                break;
            default:
                if (step.Command is RecordInvestigation) State.InvestigationsRecorded++;
                if (step.Command is LiftWarning lift)
                {
                    State.Status = WarningStatus.Lifted;
                    State.LiftDocumentNo = lift.DocumentNo;
                }
                if (step.Command is IssueBulletin issue) State.Bulletin = new IssuedBulletin(issue, step.At, seq);
                State.History.Add(new WarningHistoryEntry(step.At, action, step.Command.By.ActorId, step.Detail, step.Stage, seq));
                break;
        }
        // A decision replayed after later steps were applied (its silo died before storing it) moves nothing back.
        if (seq > State.AppliedSeq)
        {
            State.Stage = step.Stage;
            State.AppliedSeq = seq;
        }
        await WriteStateAsync();
        if (stageChanged) await ScheduleDeadlineAsync();
        if (tellCounty) _ = GrainFactory.GetGrain<IRegionGrain>(State.CountyCode).WarningChangedAsync(Summary(), action, seq);
    }

    private void InJournalOrder(WarningHistoryEntry entry)
    {
        var after = State.History.FindIndex(h => h.Seq > entry.Seq);
        if (after < 0) State.History.Add(entry);
        else State.History.Insert(after, entry);
    }

    private static Bureau ServiceOf(string countyCode) => new(System, BureauLevel.County, countyCode);

    /// <summary>
    /// A deadline reminder: alerts the county bureau if the deadline it was set for still stands and its moment has
    /// come. A step taken in time moved the warning on, so its deadline no longer stands and nothing is said.
    /// </summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => DueTimes.DeliveredAsync(reminderName, status, OnDueAsync);

    private Task OnDueAsync(string reminderName, DateTimeOffset dueAt)
    {
        if (!RecordExists || Deadline() is not { } deadline) return Task.CompletedTask;
        if (WarningDeadlines.AlertKind(deadline, time.GetUtcNow(), options.DeadlineAlertBefore) is not { } kind) return Task.CompletedTask;
        var id = this.GetPrimaryKeyString();
        var due = deadline.DueAt.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var (what, clause) = deadline.Step == WarningDeadlines.PlanStep ? ("提交整治方案", "§4.2.2") : ("完成整改并申请验收", "§4.2.3.1");
        var request = kind == AlertKinds.DeadlinePassed
            ? new AlertRequest(WarningDeadlines.AlertKey(id, deadline, kind), kind, $"已逾期：{what}（{id}）",
                $"期限{due}（北京时间）已过，尚未{what}（DB3304/T 056 {clause}）。")
            : new AlertRequest(WarningDeadlines.AlertKey(id, deadline, kind), kind, $"期限将至：{what}（{id}）",
                $"请于{due}（北京时间）前{what}（DB3304/T 056 {clause}）。");
        return GrainFactory.GetGrain<IAlertsGrain>(State.CountyCode).RaiseAsync(request);
    }

    /// <summary>One reminder for "approaching", one for "passed"; a stage without a deadline clears both.</summary>
    private async Task ScheduleDeadlineAsync()
    {
        if (Deadline() is { } deadline)
        {
            await DueTimes.SetAsync(DeadlineApproaching, deadline.DueAt - options.DeadlineAlertBefore);
            await DueTimes.SetAsync(DeadlinePassed, deadline.DueAt);
            return;
        }
        await DueTimes.ClearAsync(DeadlineApproaching);
        await DueTimes.ClearAsync(DeadlinePassed);
    }

    private WarningDeadline? Deadline() => WarningDeadlines.For(State.Stage, State.History, options);

    private async Task<IReadOnlyCollection<string>> HighRiskEnterprisesAsync()
    {
        var towns = tree.ChildrenOf(State.CountyCode);
        var perTown = await Task.WhenAll(towns.Select(t => GrainFactory.GetGrain<IRegionGrain>(t.Code).GetHighRiskEnterprisesAsync()));
        return [.. perTown.SelectMany(usccs => usccs)];
    }

    /// <summary>The county's counts and its high-risk enterprises with their reasons, as they are now, in code order.</summary>
    private async Task<BulletinFacts> BulletinFactsAsync()
    {
        var county = await GrainFactory.GetGrain<IRegionGrain>(State.CountyCode).GetAsync();
        var usccs = (await HighRiskEnterprisesAsync()).Order(StringComparer.Ordinal).ToList();
        var views = await Task.WhenAll(usccs.Select(u => GrainFactory.GetGrain<IEnterpriseGrain>(u).GetAsync()));
        var enterprises = views.OfType<EnterpriseView>().Select(e => new BulletinEnterpriseFacts(e.Uscc, e.Name, e.TownCode, e.Reasons, e.Evidence)).ToList();
        return new BulletinFacts(county.Region.Monitored, enterprises.Count, enterprises);
    }

    private static string ActionOf(WarningCommand command) => command switch
    {
        RaiseWarning => WarningActions.Raised,
        EscalateWarning => WarningActions.Escalated,
        FilePlan => WarningActions.PlanFiled,
        ReviewPlan => WarningActions.PlanReviewed,
        RecordInvestigation => WarningActions.InvestigationRecorded,
        RecordGuidance => WarningActions.GuidanceRecorded,
        RecordRevocation => WarningActions.RevocationRecorded,
        ApplyForAcceptance => WarningActions.AcceptanceApplied,
        RecordAcceptanceSampling => WarningActions.AcceptanceSampled,
        LiftWarning => WarningActions.Lifted,
        IssueBulletin => WarningActions.BulletinIssued,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown warning command."),
    };

    private WarningView View() => new(
        this.GetPrimaryKeyString(), State.CountyCode, State.Level, State.Status, State.Stage, State.RaisedAt, State.LiftDocumentNo, [.. State.History], Deadline(),
        State.Bulletin?.Command.DocumentNo);

    private WarningSummary Summary() =>
        new(this.GetPrimaryKeyString(), State.CountyCode, State.Level, State.Status, State.RaisedAt, State.Stage);
}
