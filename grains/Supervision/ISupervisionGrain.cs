using QualityMap.Grains.Events;

using Orleans.Concurrency;

namespace QualityMap.Grains.Supervision;

/// <summary>One enterprise's differentiated supervision, keyed by its unified social credit code.</summary>
public interface ISupervisionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes the enterprise's latest class and products (and the event that changed them) and re-plans; answers once
    /// the state is stored (the enterprise waits, see EnterpriseGrain).
    /// </summary>
    Task EnterpriseUpdatedAsync(SupervisedEnterprise enterprise, EnterpriseEvent? evt);

    /// <summary>Re-plans with the catalogue grades in force now (a grade was edited or raised).</summary>
    [OneWay]
    Task ReplanAsync();

    /// <summary>Journals, then records field feedback on a task; a rectification order creates the re-inspection task.</summary>
    Task<TaskCompletion> CompleteTaskAsync(string taskId, TaskFeedback feedback);

    /// <summary>Applies a journaled task result again (the dispatcher at start-up or in a rebuild); skips one already applied.</summary>
    Task ReplayAsync(long seq, TaskResult result);

    /// <summary>One task; null if the enterprise has no task with that id.</summary>
    Task<SupervisionTask?> GetTaskAsync(string taskId);

    /// <summary>The enterprise's supervision; null if it was never registered.</summary>
    Task<SupervisionView?> GetAsync();
}
