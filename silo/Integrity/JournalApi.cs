using QualityMap.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using QualityMap.Api.Problems;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Integrity;

/// <summary>
/// <c>/api/journal</c>: verify the hash chain (whole, or incrementally from a seq and a published anchor hash)
/// and read the current anchor to publish elsewhere. (It lives in the silo because it reads the journal, which
/// the API project does not know.)
/// </summary>
public static class JournalApi
{
    public static RouteGroupBuilder MapJournalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/journal").WithTags("Journal").RequireAuthorization(Policies.CityBureau);
        group.MapGet("/verify", VerifyAsync);
        group.MapGet("/anchor", AnchorAsync);
        return group;
    }

    /// <summary>Checks records <paramref name="from"/>… to the head; <paramref name="anchorHash"/> pins record from − 1.</summary>
    public static async Task<Results<Ok<JournalVerification>, ProblemHttpResult>> VerifyAsync(
        IJournal journal, CancellationToken cancellationToken, long from = 1, string? anchorHash = null)
    {
        if (from < 1)
        {
            return Problem.Of(StatusCodes.Status400BadRequest, IntegrityProblemTypes.InvalidSeq, "Invalid seq",
                "from must be a journal seq (1 or more).", "from", "min-1");
        }
        return TypedResults.Ok(await JournalVerifier.VerifyAsync(journal, from, anchorHash, cancellationToken));
    }

    public static async Task<Ok<JournalAnchor>> AnchorAsync(JournalAnchorService anchors, CancellationToken cancellationToken) =>
        TypedResults.Ok(await anchors.CurrentAsync(cancellationToken));
}
