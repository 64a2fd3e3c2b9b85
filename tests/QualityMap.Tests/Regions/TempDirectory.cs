namespace QualityMap.Tests.Regions;

/// <summary>A directory under the system temp path, deleted with its contents on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        FullName = Directory.CreateTempSubdirectory("qualitymap-regions-").FullName;
    }

    public string FullName { get; }

    /// <summary>Writes a UTF-8 file into the directory and returns its path.</summary>
    public string Write(string fileName, string content)
    {
        var path = Path.Combine(FullName, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
