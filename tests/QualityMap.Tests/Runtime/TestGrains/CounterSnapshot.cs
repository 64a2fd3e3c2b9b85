namespace QualityMap.Tests.Runtime.TestGrains;

/// <summary>What a counter grain holds, its stored version and which of its activations (1, 2, ...) answered.</summary>
public sealed record CounterSnapshot(int Value, long Version, bool RecordExists, int Activation);
