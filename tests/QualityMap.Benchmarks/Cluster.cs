using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Npgsql;
using QualityMap.Tests.Durability;

namespace QualityMap.Benchmarks;

/// <summary>What the two-silo part measured.</summary>
public sealed record ClusterResult(
    ThroughputResult Throughput, int DeclaredDeadUnderLoad, TimeSpan IngestBack, TimeSpan MapCurrent, int Refused, int FailoverEvents);

/// <summary>
/// Part 4, two silos clustered on one PostgreSQL (README "Several silos"), with the membership settings as shipped:
/// saturated durable ingest over both (how many silos the cluster declared dead meanwhile — a false death under load
/// would be one), then <c>kill -9</c> of the silo that hosts the dispatcher and the live feed while a client posts to
/// the other, one batch at a time: how long until the survivor acknowledges again, and until its map shows every
/// event it acknowledged.
/// </summary>
public static class Cluster
{
    private const int FailoverBatch = 50;
    private const int DeadStatus = 6;   // Orleans' SiloStatus.Dead in OrleansMembershipTable.status

    public static async Task<ClusterResult> RunAsync(BenchOptions options, Population population)
    {
        await using var database = await Postgres.CreateAsync("cluster");
        var directories = new[] { Directory.CreateTempSubdirectory("qm-bench-a-"), Directory.CreateTempSubdirectory("qm-bench-b-") };
        var silos = new List<SiloProcess>();
        try
        {
            Console.Error.WriteLine($"Two silos: starting, registering {population.Enterprises.Count:N0} enterprises");
            foreach (var directory in directories)
            {
                silos.Add(await SiloProcess.StartAsync([
                    $"--Storage:DataDirectory={directory.FullName}", "--Storage:Provider=postgres", $"--Storage:ConnectionString={database.ConnectionString}",
                    "--Cluster:Membership=database", .. options.SiloArguments]));
            }
            var (doomed, survivor) = (silos[0], silos[1]);
            var state = new MapState(population);
            var json = new EventJson();
            await Ingest.RegisterAsync(doomed.Client, population, json);
            await state.WaitUntilShownAsync(survivor.Client, TimeSpan.FromMinutes(5));

            var events = options.ThroughputEvents[1000];
            Console.Error.WriteLine($"Two silos: saturated ingest of {events:N0} events over both");
            var throughput = await Throughput.RunAsync("PostgreSQL, 2 silos", [doomed, survivor], state, json, 1000, events, seed: 41);
            var dead = await DeclaredDeadAsync(database.ConnectionString);

            Console.Error.WriteLine("Two silos: kill -9 of the first (dispatcher and live feed), posting to the second");
            var (back, current, refused, sent) = await FailoverAsync(doomed, survivor, state, json);
            return new ClusterResult(throughput, dead, back, current, refused, sent);
        }
        finally
        {
            foreach (var silo in silos) await silo.DisposeAsync();
            foreach (var directory in directories) directory.Delete(recursive: true);
        }
    }

    private static async Task<(TimeSpan Back, TimeSpan Current, int Refused, int Events)> FailoverAsync(
        SiloProcess doomed, SiloProcess survivor, MapState state, EventJson json)
    {
        var random = new Random(43);
        var refused = 0;
        var acknowledged = 0;
        TimeSpan? back = null;
        doomed.Kill();
        var clock = Stopwatch.StartNew();
        // One batch at a time until the survivor has acknowledged for 3 s in a row; moves of a refused batch are not
        // applied to the expected state.
        while (back is null || clock.Elapsed - back < TimeSpan.FromSeconds(3))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"The survivor did not take events within 2 min ({refused} batches refused).");
            var (moves, body) = Moves(state, json, random);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await survivor.Client.PostAsync("/api/events", content);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                foreach (var (uscc, town) in moves) state.Move(uscc, town);
                acknowledged += moves.Count;
                back ??= clock.Elapsed;
            }
            else if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                refused++;
                await Task.Delay(100);
            }
            else
            {
                throw new InvalidOperationException($"The survivor answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        await state.WaitUntilShownAsync(survivor.Client, TimeSpan.FromMinutes(2));
        return (back.Value, clock.Elapsed, refused, acknowledged);
    }

    private static (List<(string Uscc, string Town)> Moves, byte[] Body) Moves(MapState state, EventJson json, Random random)
    {
        var enterprises = state.Population.Enterprises;
        var counties = state.Population.Counties;
        var moves = new List<(string, string)>(FailoverBatch);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        while (moves.Count < FailoverBatch)
        {
            var uscc = enterprises[random.Next(enterprises.Count)].Uscc;
            if (!chosen.Add(uscc)) continue;
            var towns = state.Population.TownsOf(counties[random.Next(counties.Count)]);
            moves.Add((uscc, towns[random.Next(towns.Count)]));
        }
        return (moves, EventJson.Batch(moves.Select(m => json.Move(m.Item1, m.Item2))));
    }

    private static async Task<int> DeclaredDeadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM orleansmembershiptable WHERE status = @dead", connection);
        command.Parameters.AddWithValue("dead", DeadStatus);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
