namespace QualityMap.Silo.Runtime;

/// <summary>Orders scheduled reminders by due time, then by identity so equal due times stay distinct.</summary>
internal sealed class ReminderComparer : IComparer<ScheduledReminder>
{
    public static readonly ReminderComparer Instance = new();

    public int Compare(ScheduledReminder? x, ScheduledReminder? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byDue = x.DueAt.CompareTo(y.DueAt);
        if (byDue != 0) return byDue;
        var byClass = string.CompareOrdinal(x.Grain.Class.Name, y.Grain.Class.Name);
        if (byClass != 0) return byClass;
        var byKey = string.CompareOrdinal(x.Grain.Key, y.Grain.Key);
        return byKey != 0 ? byKey : string.CompareOrdinal(x.Name, y.Name);
    }
}
