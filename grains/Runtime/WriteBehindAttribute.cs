namespace QualityMap.Grains.Runtime;

/// <summary>
/// The state of a grain class with this attribute is reproducible from the journal, so the runtime may store it
/// behind the answer: <c>WriteStateAsync</c> returns once the state is queued, repeated writes of one grain coalesce,
/// and the dispatch checkpoint only passes journal entries whose resulting states are stored (docs/architecture.md).
/// Never for state that exists nowhere else (acknowledgements, accounts).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WriteBehindAttribute : Attribute;
