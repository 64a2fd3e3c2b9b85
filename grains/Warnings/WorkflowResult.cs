namespace QualityMap.Grains.Warnings;

/// <summary>The answer to a workflow command: the warning afterwards, or the rule that refused the command.</summary>
[GenerateSerializer, Immutable, Alias("qm.WorkflowResult")]
public sealed record WorkflowResult(WarningView? Warning, string? RefusedRule, string Detail)
{
    public bool Refused => RefusedRule is not null;
}
