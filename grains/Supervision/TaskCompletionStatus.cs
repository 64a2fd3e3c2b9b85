namespace QualityMap.Grains.Supervision;

public enum TaskCompletionStatus
{
    Completed,
    UnknownTask,
    AlreadyCompleted,
}
