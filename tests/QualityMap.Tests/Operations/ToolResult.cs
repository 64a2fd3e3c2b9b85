namespace QualityMap.Tests.Operations;

/// <summary>What an external tool printed and how it exited.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
