using System.Globalization;

namespace QualityMap.Silo.Storage;

/// <summary>
/// How instants are stored: fixed-width ISO-8601 UTC text with seven fractional digits
/// ("2026-11-21T08:30:00.1234567Z"). Text rather than unix microseconds because it keeps every
/// 100 ns tick of a DateTimeOffset (the hash chain must recompute bit-for-bit from what is read
/// back), sorts chronologically as plain text, reads well in the sqlite3 shell, and maps to the
/// same TEXT column in PostgreSQL (timestamptz would round to microseconds and break the hash).
/// The caller's offset is not kept: only the instant is, so values come back with offset zero.
/// </summary>
internal static class StorageTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The same instant with offset zero: what a round trip through storage returns.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset value) => new(value.UtcTicks, TimeSpan.Zero);

    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        Normalize(DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
}
