using System.Diagnostics;
using System.Runtime;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Runtime;
using QualityMap.Silo.Runtime;

namespace QualityMap.Benchmarks.Scale;

/// <summary>
/// Memory per enterprise grain: this process's managed heap after a full, compacting collection, and its resident
/// set (VmRSS), before and after activating every enterprise grain (one read each, which loads its state from
/// storage), divided by the number of activations that added.
/// </summary>
public static class Memory
{
    public sealed record Result(int Activated, long HeapBefore, long HeapAfter, long ResidentBefore, long ResidentAfter, TimeSpan ActivationTime)
    {
        public double HeapPerGrain => (HeapAfter - HeapBefore) / (double)Activated;

        public double ResidentPerGrain => (ResidentAfter - ResidentBefore) / (double)Activated;
    }

    public static async Task<Result> MeasureAsync(InProcessSilo silo, Fleet fleet)
    {
        var catalog = silo.Service<GrainCatalog>();
        var grains = silo.Service<IGrainFactory>();
        var countBefore = catalog.Count;
        var (heapBefore, residentBefore) = Settle();

        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 256).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < fleet.Registrations.Count)
            {
                if (await grains.GetGrain<IEnterpriseGrain>(fleet.Registrations[index].Uscc).GetAsync() is null)
                    throw new InvalidOperationException($"Enterprise {fleet.Registrations[index].Uscc} is not registered.");
            }
        }));
        var activationTime = clock.Elapsed;

        var (heapAfter, residentAfter) = Settle();
        return new Result(catalog.Count - countBefore, heapBefore, heapAfter, residentBefore, residentAfter, activationTime);
    }

    // The live heap is what the last full blocking collection promoted: GC.GetTotalMemory also counts the free
    // space the collection left between objects (and the large object heap is not compacted unless asked), which grew
    // with the number of grains and made the 400,000 figure look twice the 40,000 one.
    private static (long Heap, long Resident) Settle()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Console.Error.WriteLine($"memory: promoted {full.PromotedBytes:N0} B, heap {full.HeapSizeBytes:N0} B, fragmented {full.FragmentedBytes:N0} B, GetTotalMemory {GC.GetTotalMemory(false):N0} B");
        return (full.PromotedBytes, ColdStart.ResidentBytes(Environment.ProcessId));
    }
}
