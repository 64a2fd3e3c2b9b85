namespace QualityMap.Api.Codes.Rendering;

/// <summary>A square symbol's modules without any quiet zone; true is a dark module.</summary>
public sealed class ModuleMatrix
{
    private readonly bool[] _dark;

    public ModuleMatrix(int size, Func<int, int, bool> isDark)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _dark = new bool[size * size];
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
            _dark[y * size + x] = isDark(x, y);
    }

    /// <summary>Modules per side.</summary>
    public int Size { get; }

    public bool this[int x, int y] => _dark[y * Size + x];
}
