using System.Text.RegularExpressions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Grains.Bulletins;

/// <summary>
/// The checks an issue of a 警情通报 must pass before anything is journaled, as pure functions. Which warning may have
/// one (open, no bulletin yet) and who issues it (the city bureau) the workflow decides; these check the document.
/// </summary>
public static partial class BulletinRules
{
    /// <summary>
    /// GB/T 9704—2012 (发文字号): the issuer's code, the year in full in 六角括号, the running number without leading
    /// zeros and 号, e.g. 嘉市监〔2026〕12号.
    /// </summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+〔\d{4}〕[1-9]\d*号$")]
    private static partial Regex DocumentNumber();

    /// <summary>The refusal of an issue that is not a well-formed document, or null.</summary>
    public static WorkflowOutcome? Refusal(WarningStage stage, IssueBulletin issue)
    {
        if (string.IsNullOrWhiteSpace(issue.DocumentNo))
            return WorkflowOutcome.Refuse(stage, WorkflowRules.TextRequired, "documentNo must not be empty.");
        if (!DocumentNumber().IsMatch(issue.DocumentNo))
            return WorkflowOutcome.Refuse(stage, WorkflowRules.DocumentNumberFormat,
                $"documentNo '{issue.DocumentNo}' is not a document number such as 嘉市监〔2026〕12号 (GB/T 9704: issuer, 〔year〕, number without leading zeros, 号).");
        // The county needs time to act on it: a deadline on or before the issue date asks the impossible.
        if (issue.Deadline <= issue.IssuedOn)
            return WorkflowOutcome.Refuse(stage, WorkflowRules.DeadlineNotAfterIssue,
                $"deadline {issue.Deadline:yyyy-MM-dd} must be after the issue date {issue.IssuedOn:yyyy-MM-dd}.");
        return null;
    }

    /// <summary>The journal key that makes a document number unique across all warnings: one number, one document.</summary>
    public static string UniqueKeyOf(string documentNo) => $"bulletin:{documentNo}";
}
