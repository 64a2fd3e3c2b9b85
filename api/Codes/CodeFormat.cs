namespace QualityMap.Api.Codes;

/// <summary>The image file a code is drawn into.</summary>
public enum CodeFormat
{
    Png,
    Svg,
}
