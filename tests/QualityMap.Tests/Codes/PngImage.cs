using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace QualityMap.Tests.Codes;

/// <summary>
/// A small PNG decoder written for the tests, independent of the service's writer: checks the signature and every
/// chunk's CRC, reads IHDR, inflates IDAT and undoes all five filters. Non-interlaced greyscale, RGB(A) and indexed
/// images of the bit depths a code can have.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly (byte R, byte G, byte B)[] _pixels;

    private PngImage(int width, int height, (byte, byte, byte)[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B) this[int x, int y] => _pixels[y * Width + x];

    public IEnumerable<(byte R, byte G, byte B)> Pixels => _pixels;

    /// <summary>Width and height from IHDR only, after checking the signature and the chunk CRCs.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        var header = Chunks(png).First(c => c.Type == "IHDR").Data;
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
    }

    public static PngImage Decode(byte[] png)
    {
        var chunks = Chunks(png).ToList();
        var header = chunks[0].Type == "IHDR" ? chunks[0].Data : throw new InvalidDataException("IHDR is not the first chunk.");
        int width = BinaryPrimitives.ReadInt32BigEndian(header), height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        int depth = header[8], colourType = header[9];
        if (header[12] != 0) throw new InvalidDataException("Interlaced PNG is not supported by the test decoder.");
        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"colour type {colourType}") };
        var palette = chunks.FirstOrDefault(c => c.Type == "PLTE").Data;
        if (chunks[^1].Type != "IEND") throw new InvalidDataException("IEND is not the last chunk.");

        var bitsPerPixel = depth * channels;
        var stride = (width * bitsPerPixel + 7) / 8;
        var bytesPerPixel = Math.Max(1, bitsPerPixel / 8);
        var raw = Inflate(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        if (raw.Length != (stride + 1) * height) throw new InvalidDataException($"IDAT holds {raw.Length} bytes, expected {(stride + 1) * height}.");

        var pixels = new (byte, byte, byte)[width * height];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var line = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            Unfilter(raw[y * (stride + 1)], line, previous, bytesPerPixel);
            for (var x = 0; x < width; x++) pixels[y * width + x] = Pixel(line, x, depth, colourType, palette);
            previous = line;
        }
        return new PngImage(width, height, pixels);
    }

    private static (byte, byte, byte) Pixel(byte[] line, int x, int depth, int colourType, byte[]? palette)
    {
        if (colourType == 3)
        {
            var perByte = 8 / depth;
            var index = (line[x / perByte] >> (8 - depth * (x % perByte + 1))) & ((1 << depth) - 1);
            return (palette![index * 3], palette[index * 3 + 1], palette[index * 3 + 2]);
        }
        if (depth != 8) throw new InvalidDataException($"bit depth {depth} is only supported for indexed images.");
        return colourType switch
        {
            0 or 4 => (line[x * (colourType == 0 ? 1 : 2)], line[x * (colourType == 0 ? 1 : 2)], line[x * (colourType == 0 ? 1 : 2)]),
            2 => (line[x * 3], line[x * 3 + 1], line[x * 3 + 2]),
            _ => (line[x * 4], line[x * 4 + 1], line[x * 4 + 2]),
        };
    }

    private static void Unfilter(byte filter, byte[] line, byte[] previous, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int a = i >= bpp ? line[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
            line[i] += filter switch
            {
                0 => 0,
                1 => (byte)a,
                2 => (byte)b,
                3 => (byte)((a + b) / 2),
                4 => (byte)Paeth(a, b, c),
                _ => throw new InvalidDataException($"filter {filter}"),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress)) zlib.CopyTo(output);
        return output.ToArray();
    }

    private static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("Not a PNG signature.");
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            if (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)) != Crc(typeAndData))
                throw new InvalidDataException($"Bad CRC in chunk at {at}.");
            yield return (Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray());
            at += 12 + length;
        }
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
