using QualityMap.Grains.Events;

namespace QualityMap.Silo.Demo;

/// <summary>
/// An industry of the demo population: the words its company names use and the key products it makes, so a
/// cable works makes cables and not fertiliser.
/// </summary>
/// <param name="Number">Two-digit category of its production licence numbers.</param>
/// <param name="Weight">Relative share of the sector among demo enterprises.</param>
public sealed record DemoSector(int Number, string Name, int Weight, IReadOnlyList<string> Trades, IReadOnlyList<ProductLine> Products);
