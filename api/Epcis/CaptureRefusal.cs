namespace QualityMap.Api.Epcis;

/// <summary>Why a capture document is refused whole: the JSON Pointer of the first fault, the rule, and a sentence.</summary>
public sealed record CaptureRefusal(string Pointer, string Rule, string Detail);
