using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Storage;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Supervision;

/// <summary>
/// The enterprise grain tells supervision one-way, after its own state is stored. A crash in between loses that
/// message; the journal replay after the checkpoint must then bring it again, although the enterprise grain has the
/// event already.
/// </summary>
public sealed class SupervisionReplayTests : IDisposable
{
    private const string Nanhu = "330402";
    private const string Jianshe = "330402007";
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string?> _credit = new() { ["Supervision:Scheme"] = "Credit" };

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AReplayedEventReachesASupervisionGrainThatLostIt()
    {
        var uscc = Uscc(8601, Nanhu);
        await using (var host = new SiloHost(_data.FullName, _clock, _credit))
        {
            (await host.PostEventsAsync(Registered(uscc, Jianshe, _clock.GetUtcNow().AddDays(-2)),
                Sampling(uscc, false, _clock.GetUtcNow().AddDays(-1)))).EnsureSuccessStatusCode();
            await host.SettleAsync();
            Assert.Equal(8m, await ScoreAsync(host, uscc));   // 12 − 4
        }

        // What a kill -9 between the two writes leaves: the enterprise has the events, supervision has neither, and
        // the checkpoint has not passed them.
        using (var connection = RawSqlite.Open(_data.DatabasePath))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DELETE FROM grain_state WHERE grain_type = 'SupervisionGrain' AND grain_key = '{uscc}';" +
                                  "UPDATE checkpoints SET seq = 0 WHERE name = 'dispatch';";
            command.ExecuteNonQuery();
        }

        await using (var host = new SiloHost(_data.FullName, _clock, _credit))
        {
            await host.SettleAsync();
            Assert.Equal(8m, await ScoreAsync(host, uscc));
        }
    }

    private static async Task<decimal?> ScoreAsync(SiloHost host, string uscc)
    {
        decimal? score = null;
        await SiloHost.EventuallyAsync(async () =>
        {
            var response = await host.Client.GetAsync($"/api/supervision/enterprises/{uscc}");
            if (!response.IsSuccessStatusCode) return false;   // supervision has not heard of the enterprise yet
            score = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["credit"]?["score"]?.GetValue<decimal>();
            return score is not null;
        });
        return score;
    }
}
