using QualityMap.Api.Codes.Rendering;

namespace QualityMap.Api.Codes.Labels;

/// <summary>
/// One label of a sheet: a symbol in its colour, a name under it and one line of detail under that: an enterprise's
/// code with its name and unified social credit code, or a batch's trace code with its product and GS1 human-readable text.
/// </summary>
/// <param name="QuietZone">Light modules around the symbol, inside the label.</param>
public sealed record CodeLabel(ModuleMatrix Matrix, int QuietZone, Rgb Dark, string Name, string Detail);
