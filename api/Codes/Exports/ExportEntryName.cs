namespace QualityMap.Api.Codes.Exports;

/// <summary>File names inside an export: one folder per town, one file per enterprise, readable by a clerk.</summary>
public static class ExportEntryName
{
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>"330402007-建设街道/91330402…-嘉兴示例电缆有限公司.svg"</summary>
    public static string For(ExportItem item, string enterpriseName, string extension) =>
        $"{item.TownCode}-{Clean(item.TownName)}/{item.Uscc}-{Clean(enterpriseName)}.{extension}";

    private static string Clean(string text) =>
        new string([.. text.Select(c => char.IsControl(c) || Forbidden.Contains(c) ? '_' : c)]).Trim();
}
