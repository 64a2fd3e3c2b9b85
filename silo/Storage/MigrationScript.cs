using System.Globalization;

namespace QualityMap.Silo.Storage;

/// <summary>One embedded, versioned schema script: <c>{dialect}-{NNNN}-{description}.sql</c>.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    private static readonly string _resourcePrefix = typeof(MigrationScript).Namespace + ".Migrations.";

    /// <summary>The scripts of one dialect, by ascending version.</summary>
    public static IReadOnlyList<MigrationScript> Load(string dialectPrefix)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var filePrefix = dialectPrefix + "-";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(_resourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[_resourcePrefix.Length..];
            if (!name.StartsWith(filePrefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name[filePrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            var digits = dash < 0 ? rest[..^".sql".Length] : rest[..dash];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
            {
                throw new InvalidOperationException($"Migration script '{name}' must be named '{filePrefix}NNNN-description.sql'.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration '{resource}' cannot be read.");
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(version, name, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Migrations '{scripts[i - 1].Name}' and '{scripts[i].Name}' share version {scripts[i].Version}.");
            }
        }

        return scripts;
    }
}
