namespace QualityMap.Silo.Runtime;

/// <summary>Identity of one grain: its class and key. Two interfaces of one class reach the same activation.</summary>
public readonly record struct GrainId(GrainClass Class, string Key)
{
    public override string ToString() => $"{Class.Name}/{Key}";
}
