namespace QualityMap.Grains.Trace;

/// <summary>Resolves a CCC certificate number or an Ecode to the batches registered with it.</summary>
[GrainType("trace-alias")]
public sealed class TraceAliasGrain : Grain<TraceAliasState>, ITraceAliasGrain
{
    public async Task AddAsync(string batchKey)
    {
        if (State.BatchKeys.Contains(batchKey)) return;
        State.BatchKeys.Add(batchKey);
        await WriteStateAsync();
    }

    public async Task RemoveAsync(string batchKey)
    {
        if (State.BatchKeys.Remove(batchKey)) await WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. State.BatchKeys]);
}
