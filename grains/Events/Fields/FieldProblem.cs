namespace QualityMap.Grains.Events.Fields;

/// <summary>A rule a record broke across its fields, blamed on one of them (<see cref="Property"/>, its C# name).</summary>
public sealed record FieldProblem(string Property, FieldCheck Check);
