using System.Globalization;
using System.Text;

namespace QualityMap.Benchmarks;

/// <summary>The Markdown section this project contributes to bench-results/latest.md: tables, how measured, targets.</summary>
public sealed class Report(BenchOptions options, Population population)
{
    private const double IngestTarget = 20_000;
    private const double LatencyTargetMs = 250;
    private const double AdvantageTarget = 10;

    private readonly List<ThroughputResult> _throughput = [];
    private readonly List<LatencyResult> _latency = [];
    private readonly List<string> _failures = [];
    private BaselineResult? _baseline;
    private ClusterResult? _cluster;
    private TraceResult? _trace;

    // Issue 19's goals for traceability.
    private const double CaptureTarget = 20_000;
    private const double ReverseTraceTargetMs = 100;
    private const double ScanTargetMs = 20;

    public bool Failed => _failures.Count > 0;

    public void Add(ThroughputResult result)
    {
        _throughput.Add(result);
        Console.Error.WriteLine(F($"  ingest {result.Dialect} batch {result.BatchSize}: {result.EventsPerSecond:N0} events/s"));
    }

    public void Add(IReadOnlyList<LatencyResult> results) => _latency.AddRange(results);

    public void Add(BaselineResult result) => _baseline = result;

    public void Add(ClusterResult result)
    {
        _cluster = result;
        Console.Error.WriteLine(F($"  two silos: {result.Throughput.EventsPerSecond:N0} events/s, {result.DeclaredDeadUnderLoad} declared dead, ingest back {result.IngestBack.TotalSeconds:F1} s after kill -9, map current {result.MapCurrent.TotalSeconds:F1} s"));
    }

    public void Add(TraceResult result) => _trace = result;

    public void Fail(string part, Exception e)
    {
        _failures.Add($"{part}: {e.GetType().Name}: {e.Message}");
        Console.Error.WriteLine($"{part} failed: {e}");
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine("## End to end: durable ingest, event → browser, SQL baseline");
        md.AppendLine();
        md.AppendLine(F($"Mode: {(options.Quick ? "quick (small counts, rough figures)" : "full")}. Population: {population.Enterprises.Count:N0} synthetic enterprises (valid GB 32100 codes, about 8 % high-risk) over the {population.Tree.All.Count(r => r.Level == Grains.Regions.RegionLevel.Town)} towns of the built-in Jiaxing tree, registered before timing. The event is `enterprise_moved` to a town of another county, so every event changes county counts. The real silo runs as a child process (Release) on loopback."));
        if (options.SiloArguments.Count > 0) md.AppendLine($"Silo settings: `{string.Join(' ', options.SiloArguments)}`.");
        md.AppendLine();
        Throughput(md);
        if (!options.IngestOnly)
        {
            Latency(md);
            Baseline(md);
        }
        Cluster(md);
        Trace(md);
        if (_failures.Count > 0)
        {
            md.AppendLine("**Failed parts** (no figures):");
            md.AppendLine();
            foreach (var failure in _failures) md.AppendLine($"- {failure.ReplaceLineEndings(" ")}");
            md.AppendLine();
        }
        return md.ToString();
    }

    private void Throughput(StringBuilder md)
    {
        md.AppendLine("### Durable ingest throughput");
        md.AppendLine();
        md.AppendLine("| storage | batch | events | clients | all acknowledged (s) | map shows all (s) | events/s | journal appends | events/append | mean append→commit (ms) | silo CPU (s) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in _throughput)
        {
            var m = r.Metrics;
            md.AppendLine(F($"| {r.Dialect} | {r.BatchSize} | {r.Events:N0} | {r.Clients} | {r.Acknowledged.TotalSeconds:F2} | {r.Shown.TotalSeconds:F2} | **{r.EventsPerSecond:N0}** | {m.JournalAppends:N0} | {r.Events / m.JournalAppends:N1} | {1000 * m.JournalCommitSeconds / m.JournalAppends:F1} | {m.CpuSeconds:F1} |"));
        }
        md.AppendLine();
        md.AppendLine($"Measured: {ThroughputClients()} concurrent HTTP clients post batches of moves, each client one batch at a time over its own enterprises; events/s = events ÷ (first post → the city's map, polled every 20 ms at `GET /api/regions/330400/map`, shows every county's final count). Acknowledged = committed to the journal (durable). `/metrics` exposes journal appends (`qualitymap_journal_commit_duration_seconds_count`, one per request's append; concurrent appends share one transaction, whose own count is not exported) and their commit time; events/append is therefore events per acknowledged request.");
        foreach (var dialect in _throughput.Select(r => r.Dialect).Distinct())
        {
            var best = _throughput.Where(r => r.Dialect == dialect && r.BatchSize == 1000).Select(r => r.EventsPerSecond).DefaultIfEmpty().Max();
            md.AppendLine(F($"Target ≥ {IngestTarget:N0} events/s with batches of 1,000 on {dialect}: {(best >= IngestTarget ? "met" : "**missed**")} ({best:N0})."));
        }
        md.AppendLine();
    }

    private static string ThroughputClients() => QualityMap.Benchmarks.Throughput.Clients.ToString(CultureInfo.InvariantCulture);

    private void Latency(StringBuilder md)
    {
        md.AppendLine("### Event → browser latency");
        md.AppendLine();
        md.AppendLine("| rate (events/s) | achieved | events | connections | samples | missing | ingest answer → delta p50 / p99 / max (ms) | post sent → delta p50 / p99 (ms) |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in _latency)
        {
            md.AppendLine(F($"| {r.Rate:N0} | {r.AchievedRate:N0} | {r.Events:N0} | {r.Connections} | {r.FromAck.Count:N0} | {r.Missing:N0} | **{r.FromAck.P50:F0} / {r.FromAck.P99:F0}** / {r.FromAck.Max:F0} | {r.FromSend.P50:F0} / {r.FromSend.P99:F0} |"));
        }
        md.AppendLine();
        md.AppendLine(F($"Measured: {options.Connections} connections of the official `@microsoft/signalr` client in one Node process (`tests/js/latency-clients.mjs`) watch the city; the harness posts moves into one county every 10 ms without waiting for answers, for {options.LatencyDuration.TotalSeconds:F0} s per rate, and notes when each batch was sent and answered (epoch ms, `DateTime.UtcNow`); Node notes when each connection first shows the county's count reaching the event's number (epoch ms, `performance.timeOrigin + performance.now()`). Percentiles are over every (event, connection) pair. The figures **include the server's coalescing window** (`Live:CoalesceWindow`, 100 ms): an event waits up to that long to go out with its neighbours. Gaps in the stream: {_latency.Sum(r => r.Gaps)}; lagging snapshots: {_latency.Sum(r => r.ExtraSnapshots)}."));
        if (_latency.LastOrDefault(r => r.Rate == 5000) is { } fast)
            md.AppendLine(F($"Target p99 ≤ {LatencyTargetMs:F0} ms at 5,000 events/s: {(fast.FromAck.P99 <= LatencyTargetMs && fast.Missing == 0 ? "met" : "**missed**")} ({fast.FromAck.P99:F0} ms)."));
        md.AppendLine();
    }

    private void Baseline(StringBuilder md)
    {
        if (_baseline is not { } b) return;
        var qm = _latency.FirstOrDefault(r => r.Rate == b.Rate);
        md.AppendLine("### SQL GROUP BY baseline, same event stream");
        md.AppendLine();
        md.AppendLine("| system | most events/s | event → colour p50 (ms) | p99 (ms) | at offered rate |");
        md.AppendLine("|---|---:|---:|---:|---|");
        md.AppendLine(F($"| PostgreSQL, per event UPDATE + GROUP BY recompute ({b.Workers} connections) | {b.MaxEventsPerSecond:N0} | {b.Latency.P50:F0} | {b.Latency.P99:F0} | {b.Rate:N0}/s: {b.Done:N0} of {b.Offered:N0} done in the budget |"));
        var best = _throughput.Select(r => r.EventsPerSecond).DefaultIfEmpty().Max();
        if (qm is not null)
            md.AppendLine(F($"| QualityMap (post sent → delta in the browser) | {best:N0} | {qm.FromSend.P50:F0} | {qm.FromSend.P99:F0} | {qm.Rate:N0}/s: all {qm.Events:N0} |"));
        md.AppendLine();
        md.AppendLine(F($"Measured: the baseline keeps an `enterprises` table (uscc, town, county, city, high-risk) of the same population in a throwaway PostgreSQL database; per event one transaction updates the row and upserts every region's counts and colour from `GROUP BY GROUPING SETS ((town), (county), (city))` over the whole table; the colour is visible at commit. Latency runs from the event's arrival on the steady {b.Rate:N0}/s schedule of the latency part's stream (same moves) to the commit, queueing included; most events/s is the {b.Workers} workers running flat out over the 5,000/s stream. Colours use `ColourThresholds`' defaults with `ColourRules`' exact comparison; {b.Regions} stored region colours checked against `ColourRules`: {b.ColourMismatches} differ. QualityMap's most events/s is the best durable ingest figure above; its latency is counted from the moment the post was sent (the stricter start, ingest included)."));
        if (qm is not null)
        {
            var p50 = b.Latency.P50 / qm.FromSend.P50;
            var p99 = b.Latency.P99 / qm.FromSend.P99;
            md.AppendLine(F($"Ratio baseline ÷ QualityMap event → colour latency: p50 {p50:F1}×, p99 {p99:F1}×; events/s QualityMap ÷ baseline {best / b.MaxEventsPerSecond:F1}×. Target ≥ {AdvantageTarget:F0}× latency advantage: {(Math.Min(p50, p99) >= AdvantageTarget ? "met" : "**missed**")}{(b.Done < b.Offered ? " (the baseline could not keep up with the offered rate, so its latency grows with the length of the run)" : "")}."));
        }
        md.AppendLine();
    }

    private void Trace(StringBuilder md)
    {
        if (_trace is not { } t) return;
        md.AppendLine("### Traceability: EPCIS capture, reverse trace, scan page");
        md.AppendLine();
        md.AppendLine("| EPCIS events captured (documents of 1,000) | all acknowledged (s) | events/s | silo CPU (s) | reverse trace, 10,000 events: p50 / p99 (ms) | scan page at 1,000/s: p50 / p99 / max (ms) | achieved rate | failed |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(F($"| {t.CaptureEvents:N0} | {t.Captured.TotalSeconds:F1} | **{t.CaptureEventsPerSecond:N0}** | {t.Metrics.CpuSeconds:F1} | **{t.ReverseTrace.P50:F1} / {t.ReverseTrace.P99:F1}** | **{t.Scan.P50:F1} / {t.Scan.P99:F1}** / {t.Scan.Max:F0} | {t.ScanRateAchieved:N0}/s | {t.ScanFailed} |"));
        md.AppendLine();
        md.AppendLine(F($"Measured: one silo on SQLite; {TraceBench.Sellers} seller accounts, {TraceBench.CaptureClients} clients posting `receiving` documents of {TraceBench.DocumentSize:N0} ObjectEvents (each one unit of one batch, an `eventID` computed by the service) to `POST /epcis/capture`, each client one document at a time; acknowledged = 202, journaled (durable). The reverse trace is `GET /api/batches/{{gtin}}/holders` of a batch with {TraceBench.ReverseTraceEvents:N0} events over {TraceBench.Sellers} holders, timed once the trace index has all of them. The scan page is `GET /01/{{gtin}}/10/{{lot}}` (HTML) sent on a fixed schedule of {TraceBench.ScanRate:N0}/s whatever the answers do; latency from send to the last byte."));
        md.AppendLine(F($"Targets: capture ≥ {CaptureTarget:N0} events/s: {(t.CaptureEventsPerSecond >= CaptureTarget ? "met" : "**missed**")}; reverse trace ≤ {ReverseTraceTargetMs:F0} ms: {(t.ReverseTrace.P99 <= ReverseTraceTargetMs ? "met" : "**missed**")}; scan page p99 ≤ {ScanTargetMs:F0} ms at 1,000/s: {(t.Scan.P99 <= ScanTargetMs && t.ScanFailed == 0 ? "met" : "**missed**")}."));
        md.AppendLine();
    }

    private void Cluster(StringBuilder md)
    {
        if (_cluster is not { } c) return;
        var t = c.Throughput;
        md.AppendLine("### Two silos on PostgreSQL, and a failover");
        md.AppendLine();
        md.AppendLine("| events (batches of 1,000) | events/s over both | silo CPU, both (s) | silos declared dead under load | kill -9 → survivor acknowledges (s) | kill -9 → its map shows everything it acknowledged (s) | batches answered 503 meanwhile |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(F($"| {t.Events:N0} | **{t.EventsPerSecond:N0}** | {t.Metrics.CpuSeconds:F1} | {c.DeclaredDeadUnderLoad} | **{c.IngestBack.TotalSeconds:F1}** | {c.MapCurrent.TotalSeconds:F1} | {c.Refused} |"));
        md.AppendLine();
        md.AppendLine(F($"Measured: two silo processes on this machine, `Cluster:Membership=database` with the shipped failure detection (`Cluster:ProbeTimeout` 2 s, `NumMissedProbesLimit` 3, `NumVotesForDeathDeclaration` 1). The same {QualityMap.Benchmarks.Throughput.Clients} clients as above take turns over the two silos; events/s is first post → the map (read from the second silo) shows every county's final count. Declared dead = rows of `OrleansMembershipTable` with status Dead after the saturated run: a false death under load would count here (target 0: {(c.DeclaredDeadUnderLoad == 0 ? "met" : "**missed**")}). Then the first silo, which hosts the dispatcher and the live feed, is killed with SIGKILL while one client posts batches of 50 moves to the second, one at a time: the time to its first acknowledgement (requests that need a grain of the dead silo answer 503 until it is declared dead), and to its map showing all {c.FailoverEvents:N0} events it acknowledged (the dispatcher resumed on the survivor, the map counts rebuilt)."));
        md.AppendLine();
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
