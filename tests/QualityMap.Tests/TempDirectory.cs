namespace QualityMap.Tests;

/// <summary>A fresh directory under the system temp path, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string FullName { get; } = Directory.CreateTempSubdirectory("qualitymap-tests-").FullName;

    /// <summary>Where a test's SQLite database goes.</summary>
    public string DatabasePath => Path.Combine(FullName, "qualitymap.db");

    /// <summary>Writes a UTF-8 file into the directory and returns its path.</summary>
    public string Write(string fileName, string content)
    {
        var path = Path.Combine(FullName, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(FullName)) Directory.Delete(FullName, recursive: true);
    }
}
