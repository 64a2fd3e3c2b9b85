using System.Threading.Channels;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Turns a stream of stored states into values on every core: one reader pages through storage while workers
/// deserialise batches of what it read. Deserialising, not reading, is most of the rebuild's time (SQLite hands
/// 400,000 rows over in well under a second), so a second core nearly halves it.
/// </summary>
internal static class ParallelStateReader
{
    private const int BatchSize = 1_000;

    /// <summary>The non-null results of <paramref name="convert"/> over every state, in no particular order, and how many states were read.</summary>
    public static async Task<(List<T> Results, int Read)> ConvertAllAsync<T>(
        IAsyncEnumerable<StoredGrainState> states, Func<StoredGrainState, T?> convert, CancellationToken cancellationToken)
        where T : class
    {
        var batches = Channel.CreateBounded<StoredGrainState[]>(new BoundedChannelOptions(Environment.ProcessorCount * 2) { SingleWriter = true });
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            var results = new List<T>();
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var state in batch)
                {
                    if (convert(state) is { } result) results.Add(result);
                }
            }
            return results;
        }, cancellationToken)).ToArray();

        var read = 0;
        try
        {
            var pending = new List<StoredGrainState>(BatchSize);
            await foreach (var state in states.WithCancellation(cancellationToken))
            {
                pending.Add(state);
                read++;
                if (pending.Count < BatchSize) continue;
                await batches.Writer.WriteAsync([.. pending], cancellationToken);
                pending.Clear();
            }
            if (pending.Count > 0) await batches.Writer.WriteAsync([.. pending], cancellationToken);
        }
        finally
        {
            batches.Writer.Complete();
        }

        var all = new List<T>(read);
        foreach (var results in await Task.WhenAll(workers)) all.AddRange(results);
        return (all, read);
    }
}
