using System.Text.Json.Nodes;

namespace QualityMap.Tests.Fuzzing;

/// <summary>Valid bodies of the session and administration endpoints (README "Identities and access").</summary>
public sealed class AccountSeeds(Random random, FuzzWorld world)
{
    public const string Administrator = "administrator (session cookie)";
    public const string Public = "anonymous";

    private int _next;

    /// <summary>The test's administrator signing in; mutations mostly break the login, which costs no password hash.</summary>
    public JsonObject SignIn(string login, string password) => new() { ["login"] = login, ["password"] = password };

    /// <summary>
    /// A new account: mostly machines (no password, so no 210,000-iteration hash per request), sometimes a bureau person.
    /// </summary>
    public JsonObject NewAccount()
    {
        var id = $"fz-account-{random.Next(1_000_000)}-{_next++}";
        return random.Next(6) switch
        {
            0 => new JsonObject { ["id"] = id, ["displayName"] = "模糊县局", ["role"] = "county_bureau", ["regionCode"] = "330411", ["password"] = "a-long-password", ["isAdmin"] = false },
            1 => new JsonObject { ["id"] = id, ["displayName"] = "模糊市局", ["role"] = "city_bureau", ["regionCode"] = "330400", ["password"] = "a-long-password", ["isAdmin"] = random.Next(2) == 0 },
            2 or 3 => new JsonObject { ["id"] = id, ["role"] = "wall_viewer", ["regionCode"] = "330400" },
            _ => new JsonObject { ["id"] = id, ["displayName"] = "模糊接入", ["role"] = "ingest_client", ["regionCode"] = "330400", ["isAdmin"] = false },
        };
    }

    /// <summary>An account a key is made for: one the fuzzer made, or the ingest client of the test suite.</summary>
    public string KeyOwner() => world.Accounts.Count == 0 || random.Next(5) == 0 ? "test-ingest" : world.Accounts[random.Next(world.Accounts.Count)];

    public JsonObject NewKey() => new() { ["label"] = $"模糊测试 {random.Next(1000)}" };

    /// <summary>A key the fuzzer made, or null while there is none.</summary>
    public string? OwnKeyId() => world.KeyIds.Count == 0 ? null : world.KeyIds[random.Next(world.KeyIds.Count)];
}
