using System.Diagnostics;
using System.Runtime;
using QualityMap.Grains.Enterprises;

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
        var grains = silo.Service<IGrainFactory>();
        var management = grains.GetGrain<IManagementGrain>(0);
        var countBefore = await management.GetTotalActivationCount();
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
        return new Result(await management.GetTotalActivationCount() - countBefore, heapBefore, heapAfter, residentBefore, residentAfter, activationTime);
    }

    // The live heap is what the last full blocking collection promoted, with the large object heap compacted too (it
    // is not unless asked, and Orleans' catalogue and the towns' big tables live there); stderr shows each collection's
    // figures. (Two 400,000 runs once gave 2.5 KB per grain: the county desks were still loading in the background
    // while this measured, which InProcessSilo now waits for.)
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
