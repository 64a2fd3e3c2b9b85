namespace QualityMap.Grains.Trace;

[GenerateSerializer, Alias("qm.TraceAliasState")]
public sealed class TraceAliasState
{
    [Id(0)]
    public List<string> BatchKeys { get; set; } = [];
}
