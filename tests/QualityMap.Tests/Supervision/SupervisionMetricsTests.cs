using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// The per-county supervision gauges read from <c>/metrics</c>: tasks by status this year and high-risk coverage
/// follow a completed task and a re-inspection turning overdue on the manual clock, agree with the county report, and
/// are whole again after a restart before any event arrives.
/// </summary>
public sealed class SupervisionMetricsTests : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task TaskGaugesFollowCompletedAndOverdueTasksAndSurviveARestart()
    {
        var uscc = Uscc(8401, Nanhu);
        string reinspectionId;
        await using (var host = new SiloHost(_data.FullName, _clock))
        {
            (await host.PostEventsAsync(Registered(uscc, Jianshe, _clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
            await host.SettleAsync();
            // Low-risk × grade 1 (routine): 2 samplings and 1 on-site inspection, none done, nobody high-risk.
            await GaugesAsync(host, g => g.Tasks("planned") + g.Tasks("dispatched") == 3);
            var before = await GaugesAsync(host, _ => true);
            Assert.Equal((0, 0, 0), (before.Tasks("completed"), before.Tasks("overdue"), before.HighRisk("true") + before.HighRisk("false")));
            Assert.Null(before.Coverage);

            var plan = await host.GetJsonAsync($"/api/supervision/enterprises/{uscc}");
            var sampling = plan["tasks"]!.AsArray().Select(t => t!["task"]!).First(t => t["kind"]!.GetValue<string>() == "sampling");
            var response = await host.Client.PostAsJsonAsync($"/api/supervision/enterprises/{uscc}/tasks/{sampling["id"]}/result",
                new { passed = false, findings = new[] { "导体电阻不合格" }, rectificationOrdered = true });
            response.EnsureSuccessStatusCode();
            reinspectionId = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reinspection"]!["id"]!.GetValue<string>();
            await host.SettleAsync();

            // The failed result made the enterprise high-risk (strict: 4 samplings, 4 inspections) and covered it.
            var completed = await GaugesAsync(host, g => g.Tasks("completed") == 1 && g.HighRisk("true") == 1 && g.Total >= 9);
            Assert.Equal(1.0, completed.Coverage);
            Assert.Equal(0, completed.HighRisk("false"));
            Assert.Equal(0, completed.Tasks("overdue"));

            // 31 days on, the re-inspection (due after 30) is overdue with no event arriving.
            _clock.Advance(TimeSpan.FromDays(31));
            var overdue = await GaugesAsync(host, g => g.Tasks("overdue") >= 1);
            var report = await host.GetJsonAsync($"/api/supervision/counties/{Nanhu}/report");
            Assert.Equal(report["overdue"]!.GetValue<int>(), overdue.Tasks("overdue"));
            Assert.Equal(report["dispatched"]!.GetValue<int>(), overdue.Tasks("dispatched"));
            Assert.Equal(report["done"]!.GetValue<int>(), overdue.Tasks("completed"));
            Assert.Equal(report["planned"]!.GetValue<int>(), overdue.Total);
            var listed = await host.GetJsonArrayAsync($"/api/supervision/counties/{Nanhu}/tasks?status=overdue");
            Assert.Contains(listed, t => t!["task"]!["id"]!.GetValue<string>() == reinspectionId);
        }

        // After a restart the stored desk is loaded at start-up: the figures are there before any event.
        await using var restarted = new SiloHost(_data.FullName, _clock);
        var again = await GaugesAsync(restarted, g => g.Tasks("completed") == 1);
        Assert.True(again.Tasks("overdue") >= 1);
        Assert.Equal(1.0, again.Coverage);
    }

    private static async Task<Gauges> GaugesAsync(SiloHost host, Func<Gauges, bool> condition)
    {
        Gauges gauges = null!;
        await SiloHost.EventuallyAsync(async () =>
        {
            gauges = new Gauges(await host.Anonymous.GetStringAsync("/metrics"));
            return condition(gauges);
        });
        return gauges;
    }

    /// <summary>Nanhu's series of the supervision gauges in one scrape.</summary>
    private sealed class Gauges(string exposition)
    {
        private readonly string[] _lines = exposition.Split('\n');

        public int Tasks(string status) => (int)Value("qualitymap_supervision_tasks", $"status=\"{status}\"")!.Value;

        public int Total => new[] { "planned", "dispatched", "overdue", "completed" }.Sum(Tasks);

        public int HighRisk(string covered) => (int)Value("qualitymap_supervision_high_risk_enterprises", $"covered=\"{covered}\"")!.Value;

        public double? Coverage => Value("qualitymap_supervision_high_risk_coverage_ratio", null);

        private double? Value(string name, string? label)
        {
            var line = _lines.SingleOrDefault(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains($"county=\"{Nanhu}\"")
                && (label is null || l.Contains(label)));
            return line is null ? null : double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }
    }
}
