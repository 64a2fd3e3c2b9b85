using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using QualityMap.Api.Codes.Signing;
using QualityMap.Grains.Identity;
using QualityMap.Tests.EndToEnd;
using Xunit.Abstractions;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// Thousands of generated and mutated requests against ingestion, the warning workflow, the account endpoints and the
/// public verification page of one in-process silo (README "Fuzzing"). Every answer must keep the contract
/// (<see cref="ResponseOracle"/>), and a refused request must change nothing (<see cref="StateDigest"/>).
/// </summary>
// The rate limits and lock-outs are lifted: they would answer most of the run with 429 before its inputs reach the
// readers and rules it is here to try (they have tests of their own, Security/RateLimitTests).
public sealed class ApiFuzzTests(ITestOutputHelper output) : SiloTest(settings: new()
{
    ["RateLimits:SignIn:PermitLimit"] = "1000000",
    ["RateLimits:PublicPages:PermitLimit"] = "1000000",
    ["RateLimits:Ingest:PermitLimit"] = "1000000",
    ["RateLimits:CodeExports:PermitLimit"] = "1000000",
    ["RateLimits:LoginLockout:LockAfterFailures"] = "1000000",
    ["RateLimits:AddressLockout:LockAfterFailures"] = "1000000",
})
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";   // a town of 南湖
    private const string WarningId = "330402-0001";

    // A full digest before every request that may change state, and after at most this many refusals in a row;
    // every refusal checks the journal head at once.
    private const int RefusalsPerDigest = 8;
    private const int MaxReportedFailures = 10;

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, int> _outcomes = [];
    private FuzzWorld _world = null!;
    private StateDigest _digest = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var administrator = Host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await administrator.PostAsJsonAsync("/api/session", new { login = "test-city", password = TestCredentials.AdminPassword })).EnsureSuccessStatusCode();
        _clients[AccountSeeds.Administrator] = administrator;
        _clients[AccountSeeds.Public] = Host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        _clients["ingest-client"] = Host.ClientWithKey(Host.Credentials.IngestKey);
        _clients[WorkflowSeeds.City] = Host.ClientWithKey(Host.Credentials.CityKey);
        _clients[WorkflowSeeds.County] = Host.ClientWithKey(await Host.KeyForAsync("fuzz-nanhu", Role.CountyBureau, Nanhu));
        _clients[WorkflowSeeds.OtherCounty] = Host.ClientWithKey(await Host.KeyForAsync("fuzz-xiuzhou", Role.CountyBureau, "330411"));

        var warned = await TurnNanhuRedAsync();
        var others = FuzzWorld.Towns.SelectMany((town, i) => Enumerable.Range(0, 2).Select(j => (Town: town, Uscc: Uscc(5000 + 10 * i + j, town[..6])))).ToList();
        var registered = await Host.PostEventsAsync([.. others.Select(o => Registered(o.Uscc, o.Town, Clock.GetUtcNow().AddDays(-60)))]);
        registered.EnsureSuccessStatusCode();
        await Host.SettleAsync();

        _world = new FuzzWorld(Clock.GetUtcNow(), WarningId, warned, [.. others.Select(o => o.Uscc)]);
        var signer = Host.Service<CodeSigner>();
        // A valid signature of an enterprise nobody registered must still get the one invalid-code page.
        foreach (var uscc in warned.Take(3).Concat(_world.OtherUsccs.Take(3)).Append(Uscc(9999, "330411")))
        {
            var url = await signer.UrlForAsync(uscc);
            _world.Tokens.Add(url[(url.IndexOf(CodeSigner.VerificationPath, StringComparison.Ordinal) + CodeSigner.VerificationPath.Length)..]);
        }
        await RefreshAllowedStepsAsync();
        _digest = new StateDigest(Host, administrator, WarningId);
    }

    [Fact]
    public async Task GeneratedAndMutatedRequestsNeverFailTheServerAndRefusalsChangeNothing()
    {
        var settings = FuzzSettings.FromEnvironment();
        var generator = new FuzzCaseGenerator(settings.Seed, _world, settings.Iterations, ("test-city", TestCredentials.AdminPassword));
        var failures = new List<string>();
        var signatures = new HashSet<string>();
        var refusedSinceDigest = new List<(int Iteration, FuzzRequest Request)>();
        var baseline = await _digest.TakeAsync();
        var stopwatch = Stopwatch.StartNew();

        void Fail(int iteration, FuzzRequest request, string signature, string why, string? answer = null)
        {
            if (!signatures.Add(signature) || failures.Count >= MaxReportedFailures) return;
            failures.Add($"iteration {iteration}: {why}\n  replay: {settings.ReplayCommand(iteration)}\n  request: {request.Describe()}"
                + (answer is null ? "" : $"\n  answer: {answer}"));
        }

        async Task CheckUnchangedAsync(int iteration)
        {
            if (refusedSinceDigest.Count == 0) return;
            var now = await _digest.TakeAsync();
            var differences = baseline.Differences(now);
            if (differences.Count > 0)
            {
                var (first, request) = refusedSinceDigest[^1];
                Fail(first, request, $"state:{string.Join(",", differences)}",
                    $"refused requests changed {string.Join(", ", differences)}; the requests since the last digest: "
                    + string.Join("; ", refusedSinceDigest.Select(r => $"#{r.Iteration} {r.Request.Method} {r.Request.Path} [{r.Request.Mutation}]")));
                baseline = now;
            }
            refusedSinceDigest.Clear();
        }

        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            var request = generator.Next(iteration);
            // A request that may be accepted moves the baseline: first prove that the refusals before it changed nothing.
            if (request.MayChangeState) await CheckUnchangedAsync(iteration);

            int status;
            string? mediaType;
            string body;
            try
            {
                using var message = request.ToMessage();
                using var response = await _clients[request.Client].SendAsync(message);
                status = (int)response.StatusCode;
                mediaType = response.Content.Headers.ContentType?.MediaType;
                body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
                var problem = ResponseOracle.Check(request, response.StatusCode, mediaType, body);
                Count(request, status, mediaType, body);
                if (problem is not null) Fail(iteration, request, $"{request.Target}:{status}:{TypeOf(body)}", problem, $"{status} {mediaType} {Cut(body)}");
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException)
            {
                // The in-process server rethrows what the application threw after the answer had started.
                Fail(iteration, request, $"{request.Target}:exception:{exception.GetType().Name}", $"the request failed: {exception}");
                continue;
            }

            var accepted = status is >= 200 and < 300;
            if (accepted && request.MayChangeState)
            {
                await LearnAsync(request, body);
                await Host.SettleAsync();
                baseline = await _digest.TakeAsync();
                continue;
            }
            if (await _digest.JournalHeadAsync() is var head && head != baseline.JournalHead)
            {
                Fail(iteration, request, $"journal:{request.Target}", $"a refused request ({status}) moved the journal head {baseline.JournalHead} → {head}", Cut(body));
                baseline = await _digest.TakeAsync();
                continue;
            }
            refusedSinceDigest.Add((iteration, request));
            if (refusedSinceDigest.Count >= RefusalsPerDigest) await CheckUnchangedAsync(iteration);
        }
        await CheckUnchangedAsync(settings.Iterations);

        output.WriteLine($"seed {settings.Seed}, {settings.Iterations} requests in {stopwatch.Elapsed.TotalSeconds:F1} s");
        foreach (var (outcome, count) in _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)) output.WriteLine($"{count,6}  {outcome}");
        Assert.True(failures.Count == 0, $"The fuzzer (seed {settings.Seed}) found {failures.Count} distinct failures:\n\n{string.Join("\n\n", failures)}");
    }

    /// <summary>Accounts and keys the fuzzer made get keys and revocations; a workflow step changes which steps are allowed.</summary>
    private async Task LearnAsync(FuzzRequest request, string body)
    {
        var answer = request.Target is FuzzTarget.CreateAccount or FuzzTarget.CreateApiKey ? JsonNode.Parse(body) : null;
        if (request.Target == FuzzTarget.CreateAccount) _world.Accounts.Add(answer!["id"]!.GetValue<string>());
        if (request.Target == FuzzTarget.CreateApiKey) _world.KeyIds.Add(answer!["record"]!["keyId"]!.GetValue<string>());
        if (request.Target is FuzzTarget.WorkflowStep or FuzzTarget.Events) await RefreshAllowedStepsAsync();
    }

    private async Task RefreshAllowedStepsAsync()
    {
        _world.AllowedSteps.Clear();
        foreach (var bureau in new[] { WorkflowSeeds.County, WorkflowSeeds.City })
        {
            var actions = await _clients[bureau].GetFromJsonAsync<JsonObject>($"/api/warnings/{WarningId}/actions");
            _world.AllowedSteps.AddRange(actions!["actions"]!.AsArray().Select(a => a!.GetValue<string>()));
        }
    }

    /// <summary>A county red enough for a formal warning: 2 of its 10 enterprises fail their sampling (as WorkflowHttpTests does).</summary>
    private async Task<List<string>> TurnNanhuRedAsync()
    {
        var usccs = Enumerable.Range(700, 10).Select(s => Uscc(s)).ToList();
        var day = Clock.GetUtcNow().AddDays(-1);
        (await Host.PostEventsAsync([.. usccs.Select(u => Registered(u, Jianshe, day.AddDays(-30)))])).EnsureSuccessStatusCode();
        (await Host.PostEventsAsync(Sampling(usccs[0], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        (await Host.PostEventsAsync(Sampling(usccs[1], false, day))).EnsureSuccessStatusCode();
        await Host.SettleAsync();
        Assert.Equal("red", (await Host.GetJsonAsync($"/api/warnings/{WarningId}"))["level"]!.GetValue<string>());
        return usccs;
    }

    private void Count(FuzzRequest request, int status, string? mediaType, string body)
    {
        var key = $"{request.Target} {status} {(mediaType == "application/problem+json" ? TypeOf(body) + " " + RuleOf(body) : "")}".TrimEnd();
        _outcomes[key] = _outcomes.GetValueOrDefault(key) + 1;
    }

    private static string TypeOf(string body) => Field(body, "type")?.Replace("urn:qualitymap:problem:", "", StringComparison.Ordinal) ?? "";

    private static string RuleOf(string body) => Field(body, "rule") is { } rule ? $"({Field(body, "field")}: {rule})" : $"({Field(body, "field")})";

    private static string? Field(string body, string name)
    {
        try
        {
            return JsonNode.Parse(body)?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
