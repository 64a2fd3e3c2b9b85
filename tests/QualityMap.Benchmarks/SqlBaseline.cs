using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using QualityMap.Grains.Colouring;

namespace QualityMap.Benchmarks;

/// <summary>The baseline's figures: latency at the offered rate (open loop) and its most events per second (closed loop).</summary>
public sealed record BaselineResult(
    int Rate, int Offered, int Done, Percentiles Latency, double MaxEventsPerSecond, int Workers, int Regions, int ColourMismatches);

/// <summary>
/// Part 3, what a SQL-only system does to keep the map live: an enterprises table (town, county, city, class) in
/// PostgreSQL; per event, one transaction updates the enterprise's row and recomputes every region's counts and colour
/// with GROUP BY over the whole table into a region_colours table, whose committed rows are what a map would read.
/// Colours use the default thresholds of <see cref="ColourThresholds"/> with <see cref="ColourRules"/>'s exact comparison
/// (high-risk × 100 ≥ threshold × monitored), and every stored colour is checked against <see cref="ColourRules"/> after.
/// </summary>
public static class SqlBaseline
{
    public const int Workers = 4;

    private const string Schema = """
        CREATE TABLE enterprises (uscc text PRIMARY KEY, town_code text NOT NULL, county_code text NOT NULL,
                                  city_code text NOT NULL, high_risk boolean NOT NULL);
        CREATE TABLE region_colours (code text PRIMARY KEY, monitored int NOT NULL, high_risk int NOT NULL, colour text NOT NULL);
        """;

    // ORDER BY code: every transaction locks region rows in the same order, so concurrent workers never deadlock.
    private const string Update = "UPDATE enterprises SET town_code = $2, county_code = $3 WHERE uscc = $1";

    private const string Recompute = """
        INSERT INTO region_colours (code, monitored, high_risk, colour)
        SELECT code, monitored, high,
               CASE WHEN high * 100 >= $1 * monitored THEN 'red' WHEN high * 100 >= $2 * monitored THEN 'orange'
                    WHEN high * 100 >= $3 * monitored THEN 'yellow' ELSE 'green' END
        FROM (SELECT coalesce(town_code, county_code, city_code) AS code, count(*) AS monitored,
                     count(*) FILTER (WHERE high_risk) AS high
              FROM enterprises GROUP BY GROUPING SETS ((town_code), (county_code), (city_code))) AS g
        ORDER BY code
        ON CONFLICT (code) DO UPDATE SET monitored = excluded.monitored, high_risk = excluded.high_risk, colour = excluded.colour
        """;

    public static async Task<BaselineResult> RunAsync(MapState state, EventStream latencyStream, EventStream throughputStream, TimeSpan budget)
    {
        await using var database = await Postgres.CreateAsync("baseline");
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using (var schema = source.CreateCommand(Schema)) await schema.ExecuteNonQueryAsync();

        await LoadAsync(source, state, latencyStream.TownsBefore);
        var (done, latencies) = await ReplayAsync(source, state, latencyStream, paced: true, budget);

        await LoadAsync(source, state, throughputStream.TownsBefore);
        var clock = Stopwatch.StartNew();
        var (fastDone, _) = await ReplayAsync(source, state, throughputStream, paced: false, budget);
        var maxRate = fastDone / clock.Elapsed.TotalSeconds;

        var (regions, mismatches) = await CheckColoursAsync(source);
        return new BaselineResult(latencyStream.Rate, latencyStream.Moves.Count, done, Percentiles.Of(latencies), maxRate, Workers, regions, mismatches);
    }

    private static async Task LoadAsync(NpgsqlDataSource source, MapState state, IReadOnlyDictionary<string, string> towns)
    {
        await using (var truncate = source.CreateCommand("TRUNCATE enterprises, region_colours")) await truncate.ExecuteNonQueryAsync();
        await using var connection = await source.OpenConnectionAsync();
        await using (var import = await connection.BeginBinaryImportAsync("COPY enterprises FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var enterprise in state.Population.Enterprises)
            {
                var town = towns[enterprise.Uscc];
                await import.WriteRowAsync(default, enterprise.Uscc, town, state.CountyOfTown(town), Population.City, enterprise.HighRisk);
            }
            await import.CompleteAsync();
        }
        await using var analyse = new NpgsqlCommand("ANALYZE enterprises", connection);
        await analyse.ExecuteNonQueryAsync();
    }

    // Paced: event k arrives k / rate seconds after the start, and its latency runs from that arrival to its commit
    // (queueing included, as an ingest queue in front of such a system would). Unpaced: as fast as the workers go.
    // Either stops taking new events when the budget is spent.
    private static async Task<(int Done, List<double> Latencies)> ReplayAsync(
        NpgsqlDataSource source, MapState state, EventStream stream, bool paced, TimeSpan budget)
    {
        var thresholds = new ColourThresholds();
        var latencies = new List<double>(stream.Moves.Count);
        var next = -1;
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var batch = new NpgsqlBatch(connection);
            var update = new NpgsqlBatchCommand(Update);
            for (var i = 0; i < 3; i++) update.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            var recompute = new NpgsqlBatchCommand(Recompute);
            foreach (var percent in new[] { thresholds.RedPercent, thresholds.OrangePercent, thresholds.YellowPercent })
                recompute.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Numeric, Value = percent });
            batch.BatchCommands.Add(update);
            batch.BatchCommands.Add(recompute);
            int k;
            while ((k = Interlocked.Increment(ref next)) < stream.Moves.Count && clock.Elapsed < budget)
            {
                var arrival = paced ? TimeSpan.FromSeconds((double)k / stream.Rate) : clock.Elapsed;
                if (arrival > clock.Elapsed) await Task.Delay(arrival - clock.Elapsed);
                var (uscc, town) = stream.Moves[k];
                update.Parameters[0].Value = uscc;
                update.Parameters[1].Value = town;
                update.Parameters[2].Value = state.CountyOfTown(town);
                await using (var transaction = await connection.BeginTransactionAsync())
                {
                    batch.Transaction = transaction;
                    await batch.ExecuteNonQueryAsync();
                    await transaction.CommitAsync();
                }
                var latency = (clock.Elapsed - arrival).TotalMilliseconds;
                lock (latencies) latencies.Add(latency);
                Interlocked.Increment(ref done);
            }
        }));
        return (done, latencies);
    }

    private static async Task<(int Regions, int Mismatches)> CheckColoursAsync(NpgsqlDataSource source)
    {
        var thresholds = new ColourThresholds();
        await using var command = source.CreateCommand("SELECT monitored, high_risk, colour FROM region_colours");
        await using var reader = await command.ExecuteReaderAsync();
        var (regions, mismatches) = (0, 0);
        while (await reader.ReadAsync())
        {
            regions++;
            var expected = ColourRules.Colour(reader.GetInt32(1), reader.GetInt32(0), thresholds).ToString().ToLowerInvariant();
            if (expected != reader.GetString(2)) mismatches++;
        }
        return (regions, mismatches);
    }
}
