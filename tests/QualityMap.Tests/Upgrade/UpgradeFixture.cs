using System.Text.Json;
using System.Text.Json.Nodes;
using QualityMap.Tests.Operations;

namespace QualityMap.Tests.Upgrade;

/// <summary>
/// A store the previous version wrote (<see cref="DumpPath"/>, the database's own text dump) and what that version
/// answered over it (<see cref="Snapshot"/>), with what a client held then: a password, API keys, a session cookie,
/// printed codes. Written by tests/QualityMap.UpgradeFixtureWriter; see Fixtures/README.md.
/// </summary>
public sealed record UpgradeFixture
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    // Unescaped so that the file reads as the service answered (Chinese names, "+08:00"); it is data, never HTML.
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public required string WrittenBy { get; init; }

    /// <summary>The manual clock's time while the previous version ran; the upgraded service starts at it.</summary>
    public required DateTimeOffset Instant { get; init; }

    /// <summary>The regions whose maps and alerts the snapshot holds.</summary>
    public required string[] Regions { get; init; }

    public required string[] Usccs { get; init; }

    public required FixturePerson CountyPerson { get; init; }

    public required FixtureKey CountyKey { get; init; }

    public required FixtureKey IngestKey { get; init; }

    public required FixtureKey RevokedKey { get; init; }

    /// <summary>The Cookie header of the county person's session, signed in before the upgrade.</summary>
    public required string SessionCookie { get; init; }

    /// <summary>Codes printed before the upgrade: one signed by the first key, one by the key the rotation made.</summary>
    public required FixtureCode[] Codes { get; init; }

    /// <summary>An enterprise whose failed sampling ages out after <see cref="Instant"/>: a reminder is pending.</summary>
    public required FixtureAgeing AgesOut { get; init; }

    public required JsonObject Snapshot { get; init; }

    public static string Directory => Path.Combine(Repository.Root, "tests", "QualityMap.Tests", "Upgrade", "Fixtures");

    public static string DumpPath(string provider) => Path.Combine(Directory, $"previous-{provider}.sql");

    public static string ExpectedPath(string provider) => Path.Combine(Directory, $"expected-{provider}.json");

    public static UpgradeFixture Load(string provider) =>
        JsonSerializer.Deserialize<UpgradeFixture>(File.ReadAllText(ExpectedPath(provider)), s_json)!;

    public void Save(string provider) => File.WriteAllText(ExpectedPath(provider), JsonSerializer.Serialize(this, s_json) + "\n");
}

public sealed record FixturePerson(string Login, string Password, string Role, string RegionCode);

public sealed record FixtureKey(string AccountId, string KeyId, string Key);

public sealed record FixtureCode(string Uscc, string Name, string KeyId, string Path);

public sealed record FixtureAgeing(string Uscc, DateTimeOffset DueAt, string ClassBefore, string ClassAfter);
