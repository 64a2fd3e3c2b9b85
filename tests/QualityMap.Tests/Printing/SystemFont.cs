using Microsoft.Extensions.Options;
using QualityMap.Api.Printing;

namespace QualityMap.Tests.Printing;

/// <summary>The system's CJK typeface, as the service finds it (fonts-noto-cjk, installed by ./test.sh).</summary>
public static class SystemFont
{
    public static CjkTypeface Cjk(PrintingOptions? options = null) => new(Options.Create(options ?? new PrintingOptions()));
}
