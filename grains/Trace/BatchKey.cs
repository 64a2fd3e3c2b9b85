namespace QualityMap.Grains.Trace;

/// <summary>
/// A batch's identity: its GTIN-14 and lot (GS1 AI 01 and 10). The grain key is the two joined by '/', unambiguous
/// because a GTIN is always 14 digits, and read the same as the Digital Link path …/01/{gtin}/10/{lot}.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.BatchKey")]
public sealed record BatchKey(string Gtin, string Lot)
{
    private const int GtinLength = global::QualityMap.Grains.Trace.Gtin.Length;

    public string GrainKey => $"{Gtin}/{Lot}";

    public static BatchKey Parse(string grainKey) => new(grainKey[..GtinLength], grainKey[(GtinLength + 1)..]);

    public override string ToString() => GrainKey;
}
