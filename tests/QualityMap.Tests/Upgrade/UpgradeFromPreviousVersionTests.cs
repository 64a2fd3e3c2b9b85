using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.EndToEnd;
using QualityMap.Tests.Storage;

namespace QualityMap.Tests.Upgrade;

/// <summary>
/// Issue 17, "upgrading loses nothing": a SQLite data directory and a PostgreSQL database that the previous version
/// wrote (Fixtures/, see its README) start under this version with the same map, warnings, alerts, accounts, keys,
/// code-signing ring, journal and audit trail; what clients held then still works (password, API keys, session
/// cookie, printed codes); the reminder that was pending fires; and new events extend the same hash chain.
/// Everything is read over HTTP, so the test holds whatever the service keeps its state in.
/// </summary>
public sealed class UpgradeFromPreviousVersionTests
{
    [Fact]
    public async Task ASqliteDataDirectoryWrittenByThePreviousVersionStartsWithNothingLost()
    {
        var fixture = UpgradeFixture.Load(UpgradeFixture.Sqlite);
        using var data = new TempDirectory();
        await FixtureRestore.SqliteAsync(data.FullName);

        await using var host = new SiloHost(data.FullName, new ManualTimeProvider(fixture.Instant));
        await AssertNothingLostAsync(host, fixture);
    }

    [Fact]
    public async Task APostgresDatabaseWrittenByThePreviousVersionStartsWithNothingLost()
    {
        var fixture = UpgradeFixture.Load(UpgradeFixture.Postgres);
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await FixtureRestore.PostgresAsync(database.ConnectionString);
            using var data = new TempDirectory();
            var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = database.ConnectionString };
            await using var host = new SiloHost(data.FullName, new ManualTimeProvider(fixture.Instant), settings);
            await AssertNothingLostAsync(host, fixture);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task AssertNothingLostAsync(SiloHost host, UpgradeFixture fixture)
    {
        await host.SettleAsync();
        await UpgradeChecks.SameAnswersAsync(host, fixture);
        await UpgradeChecks.ClientsStillGetInAsync(host, fixture);
        await UpgradeChecks.PrintedCodesVerifyAsync(host, fixture);
        await UpgradeChecks.NewEventsExtendTheChainAsync(host, fixture);
        await UpgradeChecks.PendingReminderFiresAsync(host, fixture);
    }
}
