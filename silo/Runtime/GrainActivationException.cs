namespace QualityMap.Silo.Runtime;

/// <summary>A grain failed to activate (usually: its state could not be read); the call did not run.</summary>
public sealed class GrainActivationException(GrainId id, Exception inner)
    : Exception($"Grain {id} failed to activate: {inner.Message}", inner);
