using System.Security.Cryptography;
using System.Text;
using QualityMap.Silo.Storage;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// What a refused request must leave as it was: the journal head, the map of the city and of every county, the
/// accounts and keys, and the warning. Each part is kept as a hash, so a difference names the part that changed.
/// </summary>
public sealed class StateDigest(SiloHost host, HttpClient administrator, string warningId)
{
    private static readonly string[] Maps = ["330400", "330402", "330411", "330421", "330424", "330481", "330482", "330483"];

    public sealed record Snapshot(long JournalHead, IReadOnlyDictionary<string, string> Parts)
    {
        /// <summary>The parts that differ from <paramref name="other"/>, journal head first.</summary>
        public IReadOnlyList<string> Differences(Snapshot other)
        {
            var differences = new List<string>();
            if (JournalHead != other.JournalHead) differences.Add($"journal head {JournalHead} → {other.JournalHead}");
            differences.AddRange(Parts.Keys.Where(k => !other.Parts.TryGetValue(k, out var hash) || hash != Parts[k]));
            return differences;
        }
    }

    /// <summary>The journal head alone: cheap enough to check after every request.</summary>
    public Task<long> JournalHeadAsync() => host.Service<IJournal>().LastSeqAsync();

    public async Task<Snapshot> TakeAsync()
    {
        var parts = new Dictionary<string, string>();
        foreach (var code in Maps) parts[$"map {code}"] = await HashOfAsync($"/api/regions/{code}/map");
        parts["accounts"] = await HashOfAsync("/api/admin/accounts");
        parts["api keys"] = await HashOfAsync("/api/admin/api-keys");
        parts[$"warning {warningId}"] = await HashOfAsync($"/api/warnings/{warningId}");
        return new Snapshot(await JournalHeadAsync(), parts);
    }

    private async Task<string> HashOfAsync(string path)
    {
        using var response = await administrator.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        return Convert.ToHexString(SHA256.HashData(body));
    }
}
