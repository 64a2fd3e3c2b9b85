using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>
/// Draws a symbol as a two-colour indexed PNG (1 bit per pixel): white background, dark modules in the code's
/// colour. Written by hand because QRCoder's PNG writer has a fixed quiet zone and cannot draw zint's Han Xin matrix.
/// </summary>
public static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Write(ModuleMatrix matrix, CodeStyle style)
    {
        var side = style.ModulesAcross(matrix) * style.ModuleSize;
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(side));
        WriteChunk(png, "PLTE", [Rgb.White.R, Rgb.White.G, Rgb.White.B, style.Dark.R, style.Dark.G, style.Dark.B]);
        WriteChunk(png, "IDAT", Compress(Scanlines(matrix, style, side)));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Header(int side)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 1;  // bit depth
        header[9] = 3;  // indexed colour; compression, filter and interlace stay 0
        return header;
    }

    private static byte[] Scanlines(ModuleMatrix matrix, CodeStyle style, int side)
    {
        var stride = 1 + (side + 7) / 8;  // a filter byte (0, none) and the packed pixels
        var lines = new byte[stride * side];
        for (var py = 0; py < side; py++)
        {
            var y = py / style.ModuleSize - style.QuietZone;
            if (y < 0 || y >= matrix.Size) continue;
            var line = lines.AsSpan(py * stride + 1, stride - 1);
            for (var px = 0; px < side; px++)
            {
                var x = px / style.ModuleSize - style.QuietZone;
                if (x >= 0 && x < matrix.Size && matrix[x, y]) line[px / 8] |= (byte)(0x80 >> (px % 8));
            }
        }
        return lines;
    }

    private static byte[] Compress(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeBytes, data));
        png.Write(word);
    }
}
