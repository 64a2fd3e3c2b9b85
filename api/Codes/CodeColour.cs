using QualityMap.Api.Codes.Rendering;
using QualityMap.Grains.Classification;

namespace QualityMap.Api.Codes;

/// <summary>
/// The colour of an enterprise's code: red for a high-risk, green for a low-risk enterprise (DB3304/T 056 §5.1.3–5.1.4).
/// Both are dark enough against white (contrast about 5.9:1 and 5.4:1) for a phone camera, which reads luminance.
/// </summary>
public sealed record CodeColour(Rgb Rgb, string CodeName, string RiskName)
{
    public static readonly CodeColour Red = new(new Rgb(0xCC, 0x00, 0x00), "红码", "高风险");
    public static readonly CodeColour Green = new(new Rgb(0x00, 0x7A, 0x3D), "绿码", "低风险");

    public static CodeColour For(RiskClass riskClass) => riskClass == RiskClass.High ? Red : Green;
}
