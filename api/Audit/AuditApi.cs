using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;

namespace QualityMap.Api.Audit;

/// <summary><c>GET /api/admin/audit</c>: the audit journal, for the city bureau's administrator.</summary>
public static class AuditApi
{
    public const int MaxLimit = 1000;

    public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, long? NextAfter);

    public static RouteHandlerBuilder MapAuditApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit", ReadAsync).WithTags("Administration").RequireAuthorization(Policies.Administer);

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ReadAsync(IAuditJournal audit, long? after, int? limit, CancellationToken ct)
    {
        if (after is < 0)
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidQuery, "Invalid query", "after is a seq, 0 or more.", "after", "non-negative");
        if (limit is < 1 or > MaxLimit)
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidQuery, "Invalid query", $"limit is 1–{MaxLimit}.", "limit", "range");
        var take = limit ?? 100;
        var records = await audit.ReadAsync(after ?? 0, take, ct);
        return TypedResults.Ok(new AuditPage(records, records.Count == take ? records[^1].Seq : null));
    }
}
