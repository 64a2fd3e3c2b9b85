namespace QualityMap.Grains.Events.Fields;

/// <summary>Why a value broke a field's rule: the stable rule id clients branch on, and a short English reason.</summary>
public sealed record FieldCheck(string Rule, string Reason);
