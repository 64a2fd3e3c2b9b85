namespace QualityMap.Tests.Operations;

/// <summary>
/// A fact that needs external tools. On a developer machine without them it is skipped with a note; with
/// <c>CI=true</c> it always runs, so a missing tool fails the run instead of hiding a test.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => ExternalTool.Find(t) is null).ToList();
        if (missing.Count > 0 && !IsCi) Skip = $"Not installed: {string.Join(", ", missing)} (./test.sh installs them; CI=true fails instead of skipping).";
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
