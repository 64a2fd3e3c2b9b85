using System.Globalization;
using System.Text;
using QualityMap.Grains.Regions;

namespace QualityMap.Benchmarks.Scale;

/// <summary>The scale figures as this project's Markdown section, with the targets and whether they were met.</summary>
public static class ScaleReport
{
    public const double ColdStartTargetSeconds = 10;
    public const double BytesPerGrainTarget = 2048;

    public static string Render(ScaleOptions options, RegionTree tree, SeedResult seed, ColdStart.Result coldStart, Burst.Result burst, Memory.Result memory)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"## National scale ({(options.Quick ? "quick" : "full")}: {seed.Enterprises:N0} enterprises, {tree.CountAt(RegionLevel.Town):N0} towns)");
        text.AppendLine();
        text.AppendLine("| figure | value | target |");
        text.AppendLine("|---|---:|---|");
        text.AppendLine(c, $"| seeding: {seed.Enterprises:N0} registrations acknowledged | {Seconds(seed.Acknowledged)} ({seed.Enterprises / seed.Acknowledged.TotalSeconds:N0} events/s) | — |");
        text.AppendLine(c, $"| seeding: applied by every enterprise grain | {Seconds(seed.Applied)} | — |");
        text.AppendLine(c, $"| cold start: process start → `/health` answers | {Seconds(coldStart.Healthy)} | — |");
        text.AppendLine(c, $"| cold start: process start → map holds the national counts | {Seconds(coldStart.MapReady)} | ≤ 10 s at 400,000 {Verdict(coldStart.MapReady.TotalSeconds <= ColdStartTargetSeconds, judged: !options.Quick)} |");
        text.AppendLine(c, $"| then: county supervision desks rebuilt in the background (task lists answer) | {Seconds(coldStart.DesksReady)} | — |");
        text.AppendLine(c, $"| resident set of the silo at map ready | {Megabytes(coldStart.ResidentBytes)} | — |");
        text.AppendLine(c, $"| managed heap per enterprise grain ({memory.Activated:N0} activated in {Seconds(memory.ActivationTime)}) | {memory.HeapPerGrain:N0} B | ≤ 2 KB {Verdict(memory.HeapPerGrain <= BytesPerGrainTarget, judged: true)} |");
        // The GC may hand back more than the activations take (segments retained by the seeding or the burst): then
        // the resident set says nothing about a grain.
        if (memory.ResidentPerGrain > 0)
            text.AppendLine(c, $"| resident set (VmRSS) per enterprise grain | {memory.ResidentPerGrain:N0} B | ≤ 2 KB {Verdict(memory.ResidentPerGrain <= BytesPerGrainTarget, judged: true)} |");
        else
            text.AppendLine(c, $"| resident set (VmRSS) per enterprise grain | not measurable: VmRSS fell by {-memory.ResidentPerGrain:N0} B per grain (the GC returned retained segments) | — |");
        text.AppendLine(c, $"| burst: {burst.Events:N0} reclassifying events acknowledged | {Seconds(burst.Acknowledged)} | — |");
        text.AppendLine(c, $"| burst: → national root (sum of the provinces) reflects them | {Seconds(burst.NationalRootUpdated)} | — |");
        text.AppendLine();
        text.AppendLine("Seeding goes through the silo's own ingestion pipeline in process (journal with hash chain, dispatcher, real " +
                        "enterprise grains storing their states; only HTTP and JSON parsing skipped), SQLite in a temporary directory. " +
                        "Cold start: the real silo as a child process over that directory, timed until `/health` answers and the sum of " +
                        "`qualitymap_enterprises` over every county on `/metrics` equals the fleet. Burst: failed sampling results for " +
                        "enterprises spread over every province, ingested at once in batches of 1,000, timed until the provinces' grains " +
                        "count them all. Memory: in process (server GC, as the silo), the live bytes of a full compacting collection (large object heap included) and VmRSS, " +
                        "before and after activating every enterprise grain, divided by the activations added; the heap figure is the " +
                        "grain's own cost, the resident figure also carries the GC's retained segments.");
        return text.ToString();
    }

    // The cold-start target is set at 400,000 enterprises; the cost of one grain does not depend on how many there are.
    private static string Verdict(bool met, bool judged) =>
        !judged ? "(quick: not judged)" : met ? "✔ met" : "✘ missed";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
