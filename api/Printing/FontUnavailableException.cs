namespace QualityMap.Api.Printing;

/// <summary>No font with Chinese glyphs is installed (or Printing:FontFile cannot be read): nothing with a name is printed.</summary>
public sealed class FontUnavailableException(string message) : Exception(message);
