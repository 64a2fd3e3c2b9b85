using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Apis;
using QualityMap.Api.Printing;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Api.Security.Browser;
using QualityMap.Grains.Bulletins;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Bulletins;

/// <summary>
/// The 警情通报 of a warning: issued by the city bureau as a journaled workflow step, read by the city and by the warned
/// county as JSON, as a print page and as a PDF, all three rendering one <see cref="Bulletin"/>.
/// </summary>
public static class BulletinsApi
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);   // the document's date is Beijing's

    public static RouteGroupBuilder MapBulletinsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/warnings/{id}").WithTags("Bulletins");
        group.MapPost($"/{WorkflowSteps.Bulletin}", IssueAsync).RequireAuthorization(Policies.CityBureau);
        group.MapGet($"/{WorkflowSteps.Bulletin}", GetAsync).RequireAuthorization(Policies.Bureau);
        group.MapGet($"/{WorkflowSteps.Bulletin}.html", PageAsync).RequireAuthorization(Policies.Bureau)
            .WithMetadata(new PagePolicy([BulletinPage.StyleHash], "no-referrer"));
        group.MapGet($"/{WorkflowSteps.Bulletin}.pdf", PdfAsync).RequireAuthorization(Policies.Bureau);
        return group;
    }

    private static async Task<Results<Ok<WarningView>, ProblemHttpResult>> IssueAsync(
        string id, HttpRequest request, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (_, refused) = await WarningWorkflowApi.FindAsync(id, grains, scope, user);
        if (refused is not null) return refused;
        var (body, unreadable) = await RequestBody.ReadJsonAsync<BulletinRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (body!.Deadline is null) return RequestBody.Missing("deadline");
        if (body.DeadlineDate() is not { } deadline)
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidBody, "Invalid date",
                $"deadline '{body.Deadline}' is not a date yyyy-MM-dd.", "deadline", "date-format");
        var issuedOn = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
        var command = new IssueBulletin(body.DocumentNo?.Trim() ?? "", issuedOn, deadline) { By = WarningWorkflowApi.BureauOf(user) };
        return await WarningWorkflowApi.ExecuteAsync(grains.GetGrain<IWarningGrain>(id), command);
    }

    private static async Task<Results<Ok<Bulletin>, ProblemHttpResult>> GetAsync(
        string id, IGrainFactory grains, RegionScope scope, RegionTree tree, ClaimsPrincipal user)
    {
        var (bulletin, refused) = await FindAsync(id, grains, scope, tree, user);
        if (refused is not null) return refused;
        return TypedResults.Ok(bulletin!);
    }

    private static async Task<IResult> PageAsync(string id, IGrainFactory grains, RegionScope scope, RegionTree tree, ClaimsPrincipal user)
    {
        var (bulletin, refused) = await FindAsync(id, grains, scope, tree, user);
        return refused ?? Results.Content(BulletinPage.Render(bulletin!), "text/html; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(
        string id, IGrainFactory grains, RegionScope scope, RegionTree tree, ClaimsPrincipal user, CjkTypeface typeface)
    {
        var (bulletin, refused) = await FindAsync(id, grains, scope, tree, user);
        if (refused is not null) return refused;
        try
        {
            return Results.File(BulletinPdf.Render(bulletin!, typeface.Get()), "application/pdf", $"bulletin-{bulletin!.WarningId}.pdf");
        }
        catch (FontUnavailableException e)
        {
            return FontProblems.Unavailable(e);
        }
    }

    /// <summary>The warning's bulletin, composed; the warning's scope rules who reads it (the city, and its county).</summary>
    private static async Task<(Bulletin? Bulletin, ProblemHttpResult? Refused)> FindAsync(
        string id, IGrainFactory grains, RegionScope scope, RegionTree tree, ClaimsPrincipal user)
    {
        var (warning, refused) = await WarningWorkflowApi.FindAsync(id, grains, scope, user);
        if (refused is not null) return (null, refused);
        if (await grains.GetGrain<IWarningGrain>(id).GetBulletinAsync() is not { } issued)
            return (null, Problem.NotFound(ProblemTypes.NoBulletin, "No bulletin", $"No bulletin has been issued for warning '{id}'.", "id"));
        return (BulletinComposer.Compose(issued, warning!, tree), null);
    }
}
