namespace QualityMap.Api.Codes.Exports;

/// <summary>The file of each <see cref="ExportPackaging"/>: its extension (which is also its download path's last segment) and media type.</summary>
public static class ExportPackagingExtensions
{
    public static string Extension(this ExportPackaging packaging) => packaging == ExportPackaging.Zip ? "zip" : "pdf";

    public static string ContentType(this ExportPackaging packaging) => packaging == ExportPackaging.Zip ? "application/zip" : "application/pdf";
}
