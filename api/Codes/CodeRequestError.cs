namespace QualityMap.Api.Codes;

/// <summary>A query parameter of a code request that is out of bounds: the parameter, the rule it breaks, and why.</summary>
public sealed record CodeRequestError(string Field, string Rule, string Detail);
