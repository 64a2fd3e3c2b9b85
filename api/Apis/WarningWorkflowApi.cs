using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Apis;

/// <summary>
/// The §4.2 workflow of one warning over HTTP (docs/bureau-api.md, "Warning workflow"). The role policy keeps each
/// step to the county or the city bureau, <see cref="RegionScope"/> to the warned county, and the warning grain
/// decides the rest with <see cref="WarningWorkflow"/>.
/// </summary>
public static class WarningWorkflowApi
{
    public static RouteGroupBuilder MapWarningWorkflowApi(this IEndpointRouteBuilder app)
    {
        // No group policy: each endpoint names its own, and a group policy would have to hold as well.
        var group = app.MapGroup("/api/warnings/{id}").WithTags("Warning workflow");
        group.MapGet("/actions", ActionsAsync).RequireAuthorization(Policies.Bureau);
        group.MapPost($"/{WorkflowSteps.Plan}", StepAsync<PlanRequest>).RequireAuthorization(Policies.CountyBureau);
        group.MapPost($"/{WorkflowSteps.PlanReview}", StepAsync<PlanReviewRequest>).RequireAuthorization(Policies.CityBureau);
        group.MapPost($"/{WorkflowSteps.Investigations}", StepAsync<InvestigationRequest>).RequireAuthorization(Policies.CountyBureau);
        group.MapPost($"/{WorkflowSteps.Guidance}", StepAsync<GuidanceRequest>).RequireAuthorization(Policies.CountyBureau);
        group.MapPost($"/{WorkflowSteps.Revocations}", RevokeAsync).RequireAuthorization(Policies.CountyBureau);
        group.MapPost($"/{WorkflowSteps.AcceptanceApplication}", StepAsync<AcceptanceApplicationRequest>).RequireAuthorization(Policies.CountyBureau);
        group.MapPost($"/{WorkflowSteps.AcceptanceSampling}", StepAsync<AcceptanceSamplingRequest>).RequireAuthorization(Policies.CityBureau);
        group.MapPost($"/{WorkflowSteps.Lift}", StepAsync<LiftRequest>).RequireAuthorization(Policies.CityBureau);
        return group;
    }

    public static async Task<Results<Ok<AllowedSteps>, ProblemHttpResult>> ActionsAsync(
        string id, IGrainFactory grains, RegionScope scope, RegionTree tree, ClaimsPrincipal user)
    {
        var (warning, refused) = await FindAsync(id, grains, scope, user);
        if (refused is not null) return refused;
        return TypedResults.Ok(new AllowedSteps(WorkflowSteps.Allowed(WorkflowSteps.PositionOf(warning!, tree), BureauOf(user)), warning!.Deadline));
    }

    private static async Task<Results<Ok<WarningView>, ProblemHttpResult>> StepAsync<TRequest>(
        string id, HttpRequest request, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user, CancellationToken cancellationToken)
        where TRequest : class, IWorkflowRequest
    {
        var (_, refused) = await FindAsync(id, grains, scope, user);
        if (refused is not null) return refused;
        var (body, unreadable) = await RequestBody.ReadJsonAsync<TRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (body!.MissingField() is { } missing) return RequestBody.Missing(missing);
        return await ExecuteAsync(grains.GetGrain<IWarningGrain>(id), body.ToCommand(BureauOf(user)));
    }

    /// <summary>
    /// §4.2.2 c): the revocation is a fact about the enterprise as much as a step of the warning, so it is journaled
    /// as a <c>licence_revoked</c> event too, and the licence rule reclassifies the enterprise high-risk.
    /// </summary>
    private static async Task<Results<Ok<WarningView>, ProblemHttpResult>> RevokeAsync(
        string id, HttpRequest request, IGrainFactory grains, RegionScope scope, RegionTree tree, ClaimsPrincipal user,
        IEventIngestion ingestion, TimeProvider time, CancellationToken cancellationToken)
    {
        var (warning, refused) = await FindAsync(id, grains, scope, user);
        if (refused is not null) return refused;
        var (body, unreadable) = await RequestBody.ReadJsonAsync<RevocationRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (body!.EmptyField() is { } empty)
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.WorkflowRefused, "Refused by the warning workflow",
                $"{empty} must not be empty.", empty, WorkflowRules.TextRequired);

        var uscc = body.Uscc!;
        var eventId = $"warning-{id}-revocation-{uscc}-{body.LicenceNo}";
        var command = new RecordRevocation(uscc, body.LicenceNo!, eventId, body.Reason!) { By = BureauOf(user) };
        // Ask the workflow before journaling the event: a refused step must not leave a revocation behind.
        if (WorkflowSteps.Decide(WorkflowSteps.PositionOf(warning!, tree), command) is { Refused: true } outcome)
            return WorkflowRefusals.Problem(command, outcome.RefusedRule!, outcome.Detail);
        if (await EnterpriseOutsideAsync(uscc, warning!.CountyCode, grains, tree) is { } outside) return outside;

        var revoked = new LicenceRevoked { EventId = eventId, Uscc = uscc, OccurredAt = time.GetUtcNow(), LicenceNo = body.LicenceNo! };
        var ingested = (await ingestion.IngestAsync([revoked], cancellationToken))[0];
        // A retry (a lost answer, a step that failed after the event was journaled) carries a new occurredAt, so the
        // journal sees this event id reused with other content. The id names the warning, enterprise and licence:
        // the revocation event is journaled already, which is all the step needs.
        if (ingested.Status == IngestStatus.Rejected && !ingested.Errors.All(e => e.Rule == FieldRules.EventIdReused))
        {
            var error = ingested.Errors.FirstOrDefault();
            return Problem.Of(StatusCodes.Status422UnprocessableEntity, ProblemTypes.AllEventsRejected, "The licence_revoked event was rejected",
                error?.Message ?? "The event was not journaled.", string.IsNullOrEmpty(error?.Field) ? "uscc" : error.Field, error?.Rule);
        }
        return await ExecuteAsync(grains.GetGrain<IWarningGrain>(id), command);
    }

    /// <summary>Only an enterprise of the warned county can be revoked under its warning.</summary>
    private static async Task<ProblemHttpResult?> EnterpriseOutsideAsync(string uscc, string countyCode, IGrainFactory grains, RegionTree tree)
    {
        if (Problem.InvalidUscc(uscc) is { } invalid) return invalid;
        if (await grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() is not { } enterprise)
            return Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.UnknownEnterprise, "Unknown enterprise",
                $"No enterprise {uscc} is registered.", "uscc", "must-exist");
        var inCounty = enterprise.TownCode is { } town && tree.Find(town) is not null && tree.AncestorsOf(town).Any(a => a.Code == countyCode);
        return inCounty
            ? null
            : Problem.Forbidden(ProblemTypes.OutOfScope, "Enterprise outside the warned county",
                $"Enterprise {uscc} is not in county {countyCode}.", "uscc");
    }

    internal static async Task<Results<Ok<WarningView>, ProblemHttpResult>> ExecuteAsync(IWarningGrain warning, WarningCommand command)
    {
        var result = await warning.ExecuteAsync(command);
        return result.Refused ? WorkflowRefusals.Problem(command, result.RefusedRule!, result.Detail) : TypedResults.Ok(result.Warning!);
    }

    internal static async Task<(WarningView? Warning, ProblemHttpResult? Refused)> FindAsync(
        string id, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        if (!WarningIds.IsWellFormed(id) || await grains.GetGrain<IWarningGrain>(id).GetAsync() is not { } warning)
            return (null, Problem.NotFound(ProblemTypes.UnknownWarning, "Unknown warning", $"No warning has the id '{id}'.", "id"));
        // A city bureau covers the counties of its city; a county bureau only its own county.
        return (warning, scope.Refuse(user, warning.CountyCode, "id"));
    }

    /// <summary>The policies let only bureaus through; the city bureau acts at city level, any other at county level.</summary>
    internal static Bureau BureauOf(ClaimsPrincipal user) => new(
        user.ActorId(),
        user.Role() == Role.CityBureau ? BureauLevel.City : BureauLevel.County,
        user.RegionCode() ?? "");
}
