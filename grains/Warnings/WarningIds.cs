namespace QualityMap.Grains.Warnings;

/// <summary>
/// A formal warning's id: its county's code, a hyphen and the county's running number of four or more digits
/// (<c>330402-0001</c>). Anything else names no warning, and is never used as a grain key (Orleans refuses blank keys).
/// </summary>
public static class WarningIds
{
    public static string For(string countyCode, int number) => $"{countyCode}-{number:D4}";

    public static bool IsWellFormed(string? id) =>
        id is { Length: >= 11 } && id[6] == '-' && id.AsSpan(0, 6).ContainsAnyExceptInRange('0', '9') is false
        && id.AsSpan(7).ContainsAnyExceptInRange('0', '9') is false;
}
