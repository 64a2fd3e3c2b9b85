namespace QualityMap.Silo.Regions;

/// <summary>One data row of a national division CSV file, with code normalisation and error context.</summary>
internal sealed class RegionCsvRow(string path, long line, string[] columns, string[] fields)
{
    private const int DivisionCodeLength = 6;
    private const int TownCodeLength = 9;
    private const int StatisticalCodeLength = 12;

    public string this[int index] => fields[index];

    /// <summary>
    /// A province, city or county code as 6 digits. The national list shortens province codes to
    /// 2 digits and city codes to 4 (33, 3304); GB/T 2260 pads them with zeros (330000, 330400).
    /// </summary>
    public string Division(int index, int shortLength)
    {
        var raw = fields[index];
        if (IsDigits(raw) && raw.Length == shortLength)
        {
            return raw.PadRight(DivisionCodeLength, '0');
        }

        if (IsDigits(raw) && raw.Length == DivisionCodeLength && raw.AsSpan(shortLength).TrimStart('0').IsEmpty)
        {
            return raw;
        }

        var expected = shortLength == DivisionCodeLength ? "a 6-digit" : $"a {shortLength}-digit (or zero-padded 6-digit)";
        throw Invalid($"{columns[index]} \"{raw}\" is not {expected} code.");
    }

    /// <summary>
    /// A 9-digit town code. 12-digit statistical codes (village part 000) are accepted and cut to
    /// 9 so lists taken from the statistics bureau's full table load too.
    /// </summary>
    public string Town(int index)
    {
        var raw = fields[index];
        if (IsDigits(raw) && raw.Length == TownCodeLength)
        {
            return raw;
        }

        if (IsDigits(raw) && raw.Length == StatisticalCodeLength && raw.EndsWith("000", StringComparison.Ordinal))
        {
            return raw[..TownCodeLength];
        }

        throw Invalid($"{columns[index]} \"{raw}\" is not a 9-digit town code.");
    }

    /// <summary>The files repeat ancestor codes; a row that contradicts its parent's row is an error.</summary>
    public void CheckSameParent(string code, string column, string given, string? fromParent)
    {
        if (fromParent is not null && given != fromParent)
        {
            throw Invalid($"{code} gives {column} {given}, but its parent's row says {fromParent}.");
        }
    }

    private InvalidDataException Invalid(string message) => new($"{path} line {line}: {message}");

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
