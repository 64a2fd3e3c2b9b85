using QualityMap.Api.Codes.Rendering;

namespace QualityMap.Api.Codes.Labels;

/// <summary>One label of a sheet: the enterprise's symbol in its colour, its name and its unified social credit code.</summary>
/// <param name="QuietZone">Light modules around the symbol, inside the label.</param>
public sealed record CodeLabel(ModuleMatrix Matrix, int QuietZone, Rgb Dark, string Name, string Uscc);
