namespace QualityMap.Api.Codes.Exports;

/// <summary>What a bulk export's file is: a ZIP of one image per enterprise, or a PDF sheet of labels to print and cut.</summary>
public enum ExportPackaging
{
    Zip,
    PdfSheet,
}
