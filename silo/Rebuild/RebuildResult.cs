namespace QualityMap.Silo.Rebuild;

/// <summary>What a rebuild did, and how the rebuilt state compares with the source store's live state.</summary>
public sealed record RebuildResult(long JournalRecords, MapDigest Rebuilt, MapDigest Live, IReadOnlyList<string> Differences)
{
    public bool Equal => Differences.Count == 0;
}
