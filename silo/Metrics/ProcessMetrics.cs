using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// Process and .NET runtime basics. These keep the names every Prometheus client library uses
/// (<c>process_cpu_seconds_total</c>, <c>process_start_time_seconds</c>…, and prometheus-net's <c>dotnet_*</c>
/// family), so generic dashboards and uptime queries work unchanged.
/// </summary>
public sealed class ProcessMetrics
{
    public ProcessMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(QualityMapMeter.Name);
        using var process = Process.GetCurrentProcess();
        var startTime = new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1000.0;
        var version = Assembly.GetEntryAssembly()?.GetName().Version?.ToString() ?? "unknown";

        meter.CreateObservableGauge("qualitymap_build_info", () => new Measurement<int>(1, new KeyValuePair<string, object?>("version", version)),
            description: "Always 1; the version label names the running build.");
        meter.CreateObservableCounter("process_cpu_seconds_total", () => Environment.CpuUsage.TotalTime.TotalSeconds,
            description: "Total user and system CPU time spent in seconds.");
        meter.CreateObservableGauge("process_start_time_seconds", () => startTime,
            description: "Start time of the process since unix epoch in seconds.");
        meter.CreateObservableGauge("process_resident_memory_bytes", () => Environment.WorkingSet,
            description: "Resident memory (working set) size in bytes.");
        meter.CreateObservableCounter("dotnet_gc_collections_total", ObserveCollections,
            description: "Garbage collections since the process started, by generation.");
        meter.CreateObservableGauge("dotnet_gc_heap_size_bytes", () => GC.GetTotalMemory(forceFullCollection: false),
            description: "Bytes currently thought to be allocated on the managed heap.");
        meter.CreateObservableCounter("dotnet_gc_allocated_bytes_total", () => GC.GetTotalAllocatedBytes(),
            description: "Bytes allocated on the managed heap since the process started.");
        meter.CreateObservableCounter("dotnet_gc_pause_seconds_total", () => GC.GetTotalPauseDuration().TotalSeconds,
            description: "Time the runtime was paused for garbage collections.");
        meter.CreateObservableGauge("dotnet_threadpool_threads", () => ThreadPool.ThreadCount,
            description: "Thread pool threads.");
        meter.CreateObservableGauge("dotnet_threadpool_queue_length", () => ThreadPool.PendingWorkItemCount,
            description: "Work items queued to the thread pool and not started yet.");
        meter.CreateObservableCounter("dotnet_threadpool_completed_items_total", () => ThreadPool.CompletedWorkItemCount,
            description: "Work items the thread pool has completed.");
        meter.CreateObservableCounter("dotnet_lock_contentions_total", () => Monitor.LockContentionCount,
            description: "Times a thread had to wait for a lock held by another.");
    }

    private static IEnumerable<Measurement<long>> ObserveCollections() =>
        Enumerable.Range(0, GC.MaxGeneration + 1)
            .Select(generation => new Measurement<long>(GC.CollectionCount(generation), new KeyValuePair<string, object?>("generation", generation.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
