namespace QualityMap.Tests.Runtime.TestGrains;

/// <summary>Persisted state of <see cref="PersistentCounterGrain"/>.</summary>
public sealed class CounterState
{
    public int Value { get; set; }
}
