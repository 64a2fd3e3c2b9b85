using QualityMap.Grains.Reminders;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Events;
using QualityMap.Grains.Regions;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// One enterprise's closed loop: takes its class (Jiaxing) or scores it (credit scheme), plans the year's tasks with
/// <see cref="SupervisionPlanner"/>, re-plans when the class or a product grade changes, records field feedback and
/// the re-inspections it orders, and keeps its county's desk up to date (one-way). A reminder re-plans at the turn of
/// the year and when a raised product grade expires.
/// </summary>
[GrainType("supervision")]
public sealed class SupervisionGrain(SupervisionOptions options, CreditOptions credit, RegionTree tree, ISupervisionJournal journal, TimeProvider time)
    : Grain<SupervisionState>, ISupervisionGrain, IRemindable
{
    private OneShotReminders? _dueTimes;

    private OneShotReminders DueTimes => _dueTimes ??= new(this, time);

    public const string ReplanReminder = "replan";

    private string Uscc => this.GetPrimaryKeyString();

    public async Task EnterpriseUpdatedAsync(SupervisedEnterprise enterprise, EnterpriseEvent? evt)
    {
        var changed = State.Enterprise is not { } known || known with { Products = enterprise.Products } != enterprise ||
                      !known.Products.SequenceEqual(enterprise.Products);
        State.Enterprise = enterprise;
        if (evt is not null && CreditScoring.Observe(evt) is { } observation)
        {
            if (State.Observations.All(o => o.EventId != observation.EventId))
            {
                State.Observations.Add(observation);
                changed = true;
            }
            if (CreditScoring.ProductOf(evt) is { } product) changed |= TellProduct(product, observation, enterprise);
        }
        // Every event re-plans (a review may have changed nothing, which then writes nothing).
        await RefreshAsync(force: changed);
    }

    /// <summary>
    /// A product crosses producers and counties, so its score lives in its own grain (one-way; it keeps each event
    /// once); this grain remembers the product for its view. True when the product is new here.
    /// </summary>
    private bool TellProduct(ProductName product, CreditObservation observation, SupervisedEnterprise enterprise)
    {
        _ = GrainFactory.GetGrain<IProductCreditGrain>(product.Key())
            .ObserveAsync(new ProductObservation(product, observation, Uscc, CountyOf(enterprise.TownCode)));
        if (State.Products.Contains(product)) return false;
        State.Products.Add(product);
        return true;
    }

    public Task ReplanAsync() => State.Enterprise is null ? Task.CompletedTask : RefreshAsync(force: false);

    public Task ReceiveReminder(string reminderName, TickStatus status) => DueTimes.DeliveredAsync(reminderName, status, OnDueAsync);

    private async Task OnDueAsync(string reminderName, DateTimeOffset dueAt)
    {
        if (State.Enterprise is null || reminderName != ReplanReminder) return;
        State.ReplanAt = null;
        await RefreshAsync(force: true);
    }

    public async Task<TaskCompletion> CompleteTaskAsync(string taskId, TaskFeedback feedback)
    {
        var task = State.Tasks.Find(t => t.Id == taskId);
        if (task is null) return new(TaskCompletionStatus.UnknownTask, null, null);
        if (task.Outcome is not null) return new(TaskCompletionStatus.AlreadyCompleted, task, null);
        var outcome = new TaskOutcome(time.GetUtcNow(), feedback.Passed, feedback.Findings, feedback.RectificationOrdered,
            feedback.RectificationDeadline, feedback.By, feedback.EventId);
        task = task with { Outcome = outcome };
        var reinspection = SupervisionPlanner.Reinspection(task, outcome, $"{Uscc}-{State.NextTaskNumber:00000}", options);
        var result = new TaskResult(Uscc, task, reinspection);
        var seq = await journal.AppendAsync(result);   // acked = durable: journaled before any state changes
        await ApplyAsync(seq, result);
        return new(TaskCompletionStatus.Completed, task, reinspection);
    }

    public Task ReplayAsync(long seq, TaskResult result) => seq <= State.AppliedSeq ? Task.CompletedTask : ApplyAsync(seq, result);

    private async Task ApplyAsync(long seq, TaskResult result)
    {
        var task = result.Task;
        var index = State.Tasks.FindIndex(t => t.Id == task.Id);
        if (index < 0) State.Tasks.Add(task);
        else State.Tasks[index] = task;
        State.NextTaskNumber = Math.Max(State.NextTaskNumber, NumberOf(task.Id) + 1);
        if (result.Reinspection is { } reinspection && State.Tasks.TrueForAll(t => t.Id != reinspection.Id))
        {
            State.Tasks.Add(reinspection);
            State.NextTaskNumber = Math.Max(State.NextTaskNumber, NumberOf(reinspection.Id) + 1);
        }
        // A passed on-site inspection is journaled by no event kind, yet it is a clean check (方案 §三(二)1).
        if (task.Outcome is { EventId: null, Passed: true } outcome && State.Observations.TrueForAll(o => o.EventId != task.Id))
            State.Observations.Add(new CreditObservation(task.Id, outcome.CompletedAt, CreditItem.InspectionPassed));
        State.AppliedSeq = seq;
        // A replay may come before the enterprise's own events reached this grain; their re-plan keeps these tasks.
        if (State.Enterprise is null) await WriteStateAsync();
        else await RefreshAsync(force: true);
    }

    private static int NumberOf(string taskId) =>
        int.TryParse(taskId.AsSpan(taskId.LastIndexOf('-') + 1), out var number) ? number : 0;

    public Task<SupervisionTask?> GetTaskAsync(string taskId) => Task.FromResult(State.Tasks.Find(t => t.Id == taskId));

    public async Task<SupervisionView?> GetAsync()
    {
        if (State.Enterprise is not { } enterprise) return null;
        var now = time.GetUtcNow();
        var standing = Standing();
        var subject = await SubjectAsync(enterprise, standing, now);
        var creditScheme = options.Scheme == ClassificationScheme.Credit;
        return new SupervisionView(
            Uscc, options.Scheme, enterprise.RiskClass, standing,
            creditScheme ? CreditMeasureRules.For(standing.Class, credit) : null,
            creditScheme ? CreditMeasureRules.RandomCoefficient(standing, credit) : null,
            creditScheme ? CreditRules.Publication(standing.Class, standing.Entries) : null,
            await ProductSummariesAsync(),
            SupervisionPlanner.Requirements(subject, options, credit),
            [.. State.Tasks.Select(t => new SupervisionTaskView(t, SupervisionPlanner.StatusOf(t, now, options)))]);
    }

    private async Task<IReadOnlyList<ProductCreditSummary>> ProductSummariesAsync()
    {
        var summaries = await Task.WhenAll(State.Products.Select(p => GrainFactory.GetGrain<IProductCreditGrain>(p.Key()).SummaryAsync()));
        return [.. summaries.OfType<ProductCreditSummary>()];
    }

    private CreditStanding Standing() => CreditScoring.Score(State.Observations, credit.Points);

    private async Task RefreshAsync(bool force)
    {
        var enterprise = State.Enterprise!;
        var now = time.GetUtcNow();
        var subject = await SubjectAsync(enterprise, Standing(), now);
        var countyBefore = State.CountyCode;
        State.CountyCode = CountyOf(enterprise.TownCode);
        var before = State.Tasks;
        var plan = SupervisionPlanner.Plan(before, SupervisionPlanner.Requirements(subject, options, credit), Uscc, State.CountyCode, now,
            options, NextId);
        // Tasks of an enterprise that moved county follow it to the new county bureau.
        if (State.CountyCode != countyBefore) plan = [.. plan.Select(t => t.IsOpen ? t with { CountyCode = State.CountyCode } : t)];
        var changed = force || State.CountyCode != countyBefore || !plan.SequenceEqual(before);
        State.Tasks = plan;
        await ScheduleReplanAsync(NextReplan(now));
        var mapReport = MapReport(enterprise, subject.Credit);
        if (!changed && mapReport is null) return;
        await WriteStateAsync();
        if (mapReport is var (townBefore, status))
        {
            if (townBefore is not null && townBefore != State.MapTown)
                await GrainFactory.GetGrain<IRegionGrain>(townBefore).EnterpriseChangedAsync(status with { Monitored = false }, now);
            if (State.MapTown is not null) await GrainFactory.GetGrain<IRegionGrain>(State.MapTown).EnterpriseChangedAsync(status, now);
        }
        var summary = TaskSummaries.Of(Uscc, State, options, credit)!;
        if (countyBefore is not null && countyBefore != State.CountyCode)
            _ = GrainFactory.GetGrain<ICountySupervisionGrain>(countyBefore).EnterpriseTasksChangedAsync(summary with { Monitored = false, Tasks = [] });
        if (State.CountyCode is not null)
            _ = GrainFactory.GetGrain<ICountySupervisionGrain>(State.CountyCode).EnterpriseTasksChangedAsync(summary);
    }

    // The grades in force: the catalogue's (raised by a risk alert while one holds), else the registered grade.
    private async Task<SupervisedSubject> SubjectAsync(SupervisedEnterprise enterprise, CreditStanding standing, DateTimeOffset now)
    {
        var codes = enterprise.Products.Select(p => p.Code).ToList();
        var catalogue = codes.Count == 0
            ? new Dictionary<string, KeyProduct>()
            : await GrainFactory.GetGrain<ICatalogueGrain>(CatalogueKeys.City).GradesForAsync(Uscc, codes);
        _raisedUntil = catalogue.Values.Select(p => p.RaisedUntil).Where(u => u > now).Min();
        var products = enterprise.Products
            .Select(p => catalogue.TryGetValue(p.Code, out var k) ? p with { Grade = k.EffectiveGrade(now) } : p)
            .ToList();
        return new SupervisedSubject(Uscc, CountyOf(enterprise.TownCode), enterprise.Monitored, enterprise.RiskClass, standing, products);
    }

    private DateTimeOffset? _raisedUntil;

    private DateTimeOffset NextReplan(DateTimeOffset now)
    {
        var yearEnd = SupervisionPlanner.YearOf(now).End;
        return _raisedUntil is { } until && until < yearEnd ? until : yearEnd;
    }

    private async Task ScheduleReplanAsync(DateTimeOffset at)
    {
        if (State.ReplanAt == at) return;
        await DueTimes.SetAsync(ReplanReminder, at);
        State.ReplanAt = at;
    }

    /// <summary>
    /// Under the credit scheme this grain, which scores the operator, is what the map counts: its town learns whether
    /// it is scored (not O) and whether it is C or D. Null when nothing the town counts changed.
    /// </summary>
    private (string? TownBefore, EnterpriseStatus Status)? MapReport(SupervisedEnterprise enterprise, CreditStanding standing)
    {
        if (options.Scheme != ClassificationScheme.Credit) return null;
        var town = enterprise.TownCode is { } code && tree.IsTown(code) ? code : null;
        var scored = enterprise.Monitored && standing.Class != CreditClass.O;
        var classCOrD = scored && standing.Class is CreditClass.C or CreditClass.D;
        if (State.MapStatus is { } last && State.MapTown == town && last.Monitored == scored && last.HighRisk == classCOrD) return null;
        var townBefore = State.MapTown;
        State.MapStatus = new EnterpriseStatus(Uscc, scored, classCOrD, (State.MapStatus?.Version ?? 0) + 1);
        State.MapTown = town;
        return (townBefore, State.MapStatus);
    }

    private string? CountyOf(string? townCode)
    {
        if (townCode is null) return null;
        for (var region = tree.Find(townCode); region is not null; region = region.ParentCode is { } p ? tree.Find(p) : null)
        {
            if (region.Level == RegionLevel.County) return region.Code;
        }
        return null;
    }

    private string NextId() => $"{Uscc}-{State.NextTaskNumber++:00000}";
}
