using System.Globalization;
using Orleans.Storage;

namespace QualityMap.Silo.Storage;

/// <summary>
/// A grain state's stored version is its ETag, written as a decimal number; version 0 (no ETag) means nothing is
/// stored yet. A write that expected another version fails with Orleans' <see cref="InconsistentStateException"/>,
/// which makes Orleans deactivate the activation that holds the stale copy.
/// </summary>
public static class GrainStateVersion
{
    public static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    public static long FromETag(string? etag) =>
        etag is null ? 0 : long.Parse(etag, NumberStyles.None, CultureInfo.InvariantCulture);

    public static InconsistentStateException Mismatch(string grainType, string key, long storedVersion, long expectedVersion) =>
        new($"Grain state {grainType}/{key}: expected version {expectedVersion} but the stored version is {storedVersion}.",
            ToETag(storedVersion), ToETag(expectedVersion));

    /// <summary>The version a mismatch found in storage.</summary>
    public static long Stored(InconsistentStateException mismatch) => FromETag(mismatch.StoredEtag);

    /// <summary>The version the refused writer expected.</summary>
    public static long Expected(InconsistentStateException mismatch) => FromETag(mismatch.CurrentEtag);
}
