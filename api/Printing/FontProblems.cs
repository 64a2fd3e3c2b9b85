using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using QualityMap.Api.Problems;

namespace QualityMap.Api.Printing;

public static class FontProblems
{
    /// <summary>Null when a Chinese font is installed; otherwise the 503, before work that would print a name starts.</summary>
    public static ProblemHttpResult? Refuse(CjkTypeface fonts)
    {
        try
        {
            fonts.Get();
            return null;
        }
        catch (FontUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    /// <summary>503: the document or label needs Chinese text and no font for it is installed.</summary>
    public static ProblemHttpResult Unavailable(FontUnavailableException e) =>
        Problem.Of(StatusCodes.Status503ServiceUnavailable, ProblemTypes.FontUnavailable, "No Chinese font", e.Message);
}
