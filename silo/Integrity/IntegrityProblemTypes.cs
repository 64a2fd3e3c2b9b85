namespace QualityMap.Silo.Integrity;

/// <summary>Problem types of the journal endpoints (same scheme as <see cref="QualityMap.Api.Problems.ProblemTypes"/>).</summary>
public static class IntegrityProblemTypes
{
    public const string InvalidSeq = "urn:qualitymap:problem:invalid-seq";
}
