namespace QualityMap.Grains.Trace;

/// <summary>One carrier code (<see cref="TraceAlias.Key"/>) and the batches it resolves to.</summary>
public interface ITraceAliasGrain : IGrainWithStringKey
{
    Task AddAsync(string batchKey);

    Task RemoveAsync(string batchKey);

    /// <summary>The batch keys, oldest registration first.</summary>
    Task<IReadOnlyList<string>> GetAsync();
}
