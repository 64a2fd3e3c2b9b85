using QualityMap.Grains.Classification;
using QualityMap.Grains.Credit;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// What a supervision grain tells its county desk, as a function of its state alone: the desk is a view over the
/// supervision states, so the start-up rebuilds every desk from the stored states with this same function.
/// </summary>
public static class TaskSummaries
{
    /// <summary>Null while the grain has not heard of its enterprise (a replayed task result may come first): it tells no desk then.</summary>
    public static EnterpriseTaskSummary? Of(string uscc, SupervisionState state, SupervisionOptions options, CreditOptions credit)
    {
        if (state.Enterprise is not { } enterprise) return null;
        var highRisk = options.Scheme == ClassificationScheme.Credit
            ? CreditScoring.Score(state.Observations, credit.Points).Class is CreditClass.C or CreditClass.D
            : enterprise.RiskClass == RiskClass.High;
        // A copy: the grain goes on changing its task list in place after telling.
        return new EnterpriseTaskSummary(uscc, highRisk, enterprise.Monitored, [.. state.Tasks]);
    }

    /// <summary>True when a desk keeps nothing of the enterprise (left the county, or unmonitored with no tasks).</summary>
    public static bool IsEmpty(EnterpriseTaskSummary summary) => !summary.Monitored && summary.Tasks.Count == 0;
}
