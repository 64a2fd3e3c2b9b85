using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace QualityMap.Silo.Storage;

/// <summary>
/// The session-cookie key ring (ASP.NET Core data protection) in the table <c>session_keys</c>: one row per key
/// element, written once (data protection never changes a stored element; a revocation is a new element). At the
/// first read of an empty table the key files an earlier version kept in <paramref name="legacyDirectory"/> are
/// imported, so nobody is signed out by the upgrade.
/// </summary>
internal sealed class AdoSessionKeyRepository(StorageEngine engine, TimeProvider time, string? legacyDirectory) : IXmlRepository
{
    // Data protection's repository interface is synchronous; it is called at start-up and when a key is made or
    // revoked (rarely), never per request.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var stored = ReadAsync().GetAwaiter().GetResult();
        if (stored.Count > 0 || legacyDirectory is null || !Directory.Exists(legacyDirectory)) return stored;
        foreach (var file in Directory.EnumerateFiles(legacyDirectory, "*.xml").Order(StringComparer.Ordinal))
            StoreElement(XElement.Load(file), Path.GetFileNameWithoutExtension(file));
        return ReadAsync().GetAwaiter().GetResult();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var xml = element.ToString(SaveOptions.DisableFormatting);
        engine.WriteAsync(async context =>
        {
            await using var command = context.CreateCommand(
                "INSERT INTO session_keys (name, xml, stored_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING;");
            command.AddParameter("@name", friendlyName);
            command.AddParameter("@xml", xml);
            command.AddParameter("@at", StorageTime.ToText(time.GetUtcNow()));
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, CancellationToken.None).GetAwaiter().GetResult();
    }

    private Task<List<XElement>> ReadAsync() => engine.ReadAsync(async connection =>
    {
        await using var command = connection.CreateCommand(null, "SELECT xml FROM session_keys ORDER BY stored_at, name;");
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var elements = new List<XElement>();
        while (await reader.ReadAsync().ConfigureAwait(false)) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }, CancellationToken.None);
}
