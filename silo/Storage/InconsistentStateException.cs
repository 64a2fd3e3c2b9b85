namespace QualityMap.Silo.Storage;

/// <summary>
/// A grain-state write found another version than the caller expected (Orleans' name for the
/// same condition, so grain code ports unchanged). Version 0 means "no state stored".
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string grainType, string key, long storedVersion, long expectedVersion)
        : base($"Grain state {grainType}/{key}: expected version {expectedVersion} but the stored version is {storedVersion}.")
    {
        GrainType = grainType;
        Key = key;
        StoredVersion = storedVersion;
        ExpectedVersion = expectedVersion;
    }

    public string GrainType { get; }

    public string Key { get; }

    public long StoredVersion { get; }

    public long ExpectedVersion { get; }
}
