using QualityMap.Tests.Codes;
using ZXing;
using ZXing.Common;

namespace QualityMap.Tests.Trace;

/// <summary>Reads the one Data Matrix symbol of a rendered PNG with ZXing.Net, from the image's pixels as a camera would.</summary>
public static class DataMatrixScanner
{
    public static string Scan(byte[] png)
    {
        var image = PngImage.Decode(png);
        var rgb = new byte[image.Width * image.Height * 3];
        var i = 0;
        foreach (var (r, g, b) in image.Pixels)
        {
            rgb[i++] = r;
            rgb[i++] = g;
            rgb[i++] = b;
        }
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.DATA_MATRIX], TryHarder = true },
        };
        var result = reader.Decode(new RGBLuminanceSource(rgb, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGB24));
        Assert.True(result is not null, "ZXing.Net found no Data Matrix symbol in the image.");
        Assert.Equal(BarcodeFormat.DATA_MATRIX, result.BarcodeFormat);
        return result.Text;
    }
}
