using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Supervision;
using QualityMap.Silo.Startup;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Storage;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// The county desk stores nothing: ingest writes no <c>CountySupervisionGrain</c> row, and after a restart the desk,
/// rebuilt from the stored supervision states, lists the same tasks and reports the same figures as before. Until
/// the background load has seeded it, a desk answers nothing, and the API says so (503 with Retry-After).
/// </summary>
public sealed class CountyDeskRebuildTests : IDisposable
{
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task TheDeskIsRebuiltFromTheSupervisionStatesAndNeverStored()
    {
        string[] nanhu = [Uscc(8501, Nanhu), Uscc(8502, Nanhu), Uscc(8503, Nanhu)];
        var xiuzhou = Uscc(8504, Xiuzhou);
        var day = _clock.GetUtcNow().AddDays(-1);
        (string Tasks, string Report) before, beforeXiuzhou;
        await using (var host = new SiloHost(_data.FullName, _clock))
        {
            (await host.PostEventsAsync(
                Registered(nanhu[0], "330402007", day), Registered(nanhu[1], "330402008", day),
                Registered(nanhu[2], "330402007", day), Registered(xiuzhou, "330411002", day),
                Sampling(nanhu[1], passed: false, day.AddHours(1)))).EnsureSuccessStatusCode();
            await host.SettleAsync();
            var plan = await host.GetJsonAsync($"/api/supervision/enterprises/{nanhu[0]}");
            var sampling = plan["tasks"]!.AsArray().Select(t => t!["task"]!).First(t => t["kind"]!.GetValue<string>() == "sampling");
            (await host.Client.PostAsJsonAsync($"/api/supervision/enterprises/{nanhu[0]}/tasks/{sampling["id"]}/result",
                new { passed = true })).EnsureSuccessStatusCode();
            await host.SettleAsync();

            before = await DeskAsync(host, Nanhu, nanhu);
            beforeXiuzhou = await DeskAsync(host, Xiuzhou, [xiuzhou]);
            var report = JsonNode.Parse(before.Report)!;
            Assert.Equal(1, report["done"]!.GetValue<int>());
            Assert.Equal(1, report["highRiskEnterprises"]!.GetValue<int>());
        }

        Assert.Equal(0L, RawSqlite.Scalar(_data.DatabasePath, "SELECT COUNT(*) FROM grain_state WHERE grain_type = 'CountySupervisionGrain'"));
        Assert.Equal(4L, RawSqlite.Scalar(_data.DatabasePath, "SELECT COUNT(*) FROM grain_state WHERE grain_type = 'SupervisionGrain'"));

        // Seeded in the background once the silo serves (the test host waits for it): equal, with no event since.
        await using var restarted = new SiloHost(_data.FullName, _clock);
        Assert.Equal(before, await ReadAsync(restarted, Nanhu));
        Assert.Equal(beforeXiuzhou, await ReadAsync(restarted, Xiuzhou));
    }

    [Fact]
    public async Task ADeskAnswersNothingUntilItIsSeededAndThenItsWholeCounty()
    {
        await using var host = new SiloHost(_data.FullName, _clock);
        var desk = host.Service<IGrainFactory>().GetGrain<ICountySupervisionGrain>("339999");   // no county: the loader seeds none such
        var uscc = Uscc(8505, Nanhu);
        await desk.EnterpriseTasksChangedAsync(new EnterpriseTaskSummary(uscc, HighRisk: true, Monitored: true, []));

        Assert.Null(await desk.TasksAsync(null));
        Assert.Null(await desk.ReportAsync());

        // The seed read before the live change is older than it: the live summary stays, the other enterprise joins.
        await desk.SeedAsync([new EnterpriseTaskSummary(uscc, HighRisk: false, Monitored: true, []), new EnterpriseTaskSummary(Uscc(8506, Nanhu), true, true, [])]);
        Assert.Empty((await desk.TasksAsync(null))!);
        Assert.Equal(2, (await desk.ReportAsync())!.HighRiskEnterprises);
    }

    [Fact]
    public async Task WhileTheDesksLoadACountysTasksAndReportAnswer503WithRetryAfterAndThenTheWholeCounty()
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = new SiloHost(_data.FullName, _clock, services: s => HeldSupervisionStates.Install(s, loaded.Task), waitForDesks: false);

        foreach (var path in new[] { $"/api/supervision/counties/{Nanhu}/tasks", $"/api/supervision/counties/{Nanhu}/report" })
        {
            using var response = await host.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("urn:qualitymap:problem:county-desk-loading", problem["type"]!.GetValue<string>());
            Assert.Contains(Nanhu, problem["detail"]!.GetValue<string>());
        }

        loaded.SetResult();
        await host.Service<CountyDeskLoader>().Loaded.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(await host.GetJsonArrayAsync($"/api/supervision/counties/{Nanhu}/tasks"));
        Assert.Equal(Nanhu, (await host.GetJsonAsync($"/api/supervision/counties/{Nanhu}/report"))["countyCode"]!.GetValue<string>());
    }

    /// <summary>The silo's state store, with the supervision states' start-up read held until <c>release</c> completes.</summary>
    private sealed class HeldSupervisionStates(IGrainStateStore inner, Task release) : IGrainStateStore
    {
        public static void Install(IServiceCollection services, Task release)
        {
            var original = services.Last(d => d.ServiceType == typeof(IGrainStateStore));
            services.Remove(original);
            services.AddSingleton<IGrainStateStore>(sp => new HeldSupervisionStates((IGrainStateStore)original.ImplementationFactory!(sp), release));
        }

        public Task<StoredGrainState?> ReadAsync(string grainType, string key, CancellationToken ct = default) => inner.ReadAsync(grainType, key, ct);

        public Task<long> WriteAsync(string grainType, string key, string payload, long expectedVersion, CancellationToken ct = default) =>
            inner.WriteAsync(grainType, key, payload, expectedVersion, ct);

        public Task WriteManyAsync(IReadOnlyList<GrainStateWrite> writes, CancellationToken ct = default) => inner.WriteManyAsync(writes, ct);

        public async IAsyncEnumerable<StoredGrainState> ReadAllAsync(string grainType, [EnumeratorCancellation] CancellationToken ct = default)
        {
            if (grainType == nameof(SupervisionGrain)) await release.WaitAsync(ct);
            await foreach (var state in inner.ReadAllAsync(grainType, ct)) yield return state;
        }
    }

    /// <summary>The desk once it lists every task of the given enterprises (the one-way summaries have arrived).</summary>
    private static async Task<(string Tasks, string Report)> DeskAsync(SiloHost host, string county, string[] usccs)
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var uscc in usccs)
        {
            var plan = await host.GetJsonAsync($"/api/supervision/enterprises/{uscc}");
            foreach (var task in plan["tasks"]!.AsArray()) expected.Add(task!["task"]!["id"]!.GetValue<string>());
        }
        Assert.NotEmpty(expected);
        (string Tasks, string Report) desk = default;
        await SiloHost.EventuallyAsync(async () =>
        {
            desk = await ReadAsync(host, county);
            var listed = JsonNode.Parse(desk.Tasks)!.AsArray().Select(t => t!["task"]!["id"]!.GetValue<string>());
            return expected.SetEquals(listed);
        });
        return desk;
    }

    /// <summary>Every task of the desk (the default list holds only dispatched and overdue ones) and its report.</summary>
    private static async Task<(string Tasks, string Report)> ReadAsync(SiloHost host, string county)
    {
        var tasks = new JsonArray();
        foreach (var status in new[] { "planned", "dispatched", "overdue", "completed" })
        {
            foreach (var task in await host.GetJsonArrayAsync($"/api/supervision/counties/{county}/tasks?status={status}"))
                tasks.Add(task!.DeepClone());
        }
        return (tasks.ToJsonString(), (await host.GetJsonAsync($"/api/supervision/counties/{county}/report")).ToJsonString());
    }
}
