using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Credit;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events;
using QualityMap.Grains.Events.Fields;
using QualityMap.Grains.Identity;
using QualityMap.Grains.Supervision;

namespace QualityMap.Api.Supervision;

/// <summary>
/// <c>/api/supervision</c>: the key-product catalogue (city bureau, audited), an enterprise's plan and field feedback,
/// and each county bureau's task list and figures. Every change is made in the name of the signed-in caller.
/// </summary>
public static class SupervisionApi
{
    private const long MaxCatalogueBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/supervision").WithTags("Supervision").RequireAuthorization(Policies.Bureau);
        group.MapGet("/catalogue", ListCatalogueAsync);
        group.MapPost("/catalogue/import", ImportCatalogueAsync).RequireAuthorization(Policies.CityBureau);
        group.MapGet("/catalogue/audit", CatalogueAuditAsync);
        group.MapPut("/catalogue/{code}", UpsertProductAsync).RequireAuthorization(Policies.CityBureau);
        group.MapPost("/catalogue/{code}/raise", RaiseGradeAsync).RequireAuthorization(Policies.CityBureau);
        group.MapGet("/enterprises/{uscc}", GetEnterpriseAsync);
        group.MapPost("/enterprises/{uscc}/tasks/{taskId}/result", PostResultAsync);
        group.MapGet("/counties/{county}/tasks", CountyTasksAsync);
        group.MapGet("/counties/{county}/report", CountyReportAsync);
        group.MapGet("/products/{brand}/{niceClass}", GetProductAsync);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<KeyProduct>>> ListCatalogueAsync(IGrainFactory grains) =>
        TypedResults.Ok(await Catalogue(grains).ListAsync());

    public static async Task<Ok<IReadOnlyList<CatalogueAuditEntry>>> CatalogueAuditAsync(IGrainFactory grains) =>
        TypedResults.Ok(await Catalogue(grains).AuditAsync());

    /// <summary>Body: the CSV itself (<c>text/csv</c>); the signed-in city bureau user is audited as the importer.</summary>
    public static async Task<Results<Ok<CatalogueImportResult>, ProblemHttpResult>> ImportCatalogueAsync(
        HttpRequest request, string? by, ICatalogueCsvParser parser, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (by is not null) return ActorFromSignIn();
        var body = await ReadLimitedAsync(request, cancellationToken);
        if (body is null) return Invalid("body", $"目录文件不能超过{MaxCatalogueBytes / 1024 / 1024} MB。");
        var parsed = parser.Parse(new MemoryStream(body));
        if (parsed.Errors.Count > 0)
        {
            var problem = Problem.Of(StatusCodes.Status422UnprocessableEntity, SupervisionProblemTypes.InvalidCatalogue,
                "Invalid catalogue", string.Join("；", parsed.Errors.Take(20)), "body", "catalogue-csv");
            return problem;
        }
        var changed = await Catalogue(grains).ImportAsync(parsed.Products, OfficerOf(user));
        return TypedResults.Ok(new CatalogueImportResult(parsed.Products.Count, changed));
    }

    public static async Task<Results<Ok<KeyProduct>, ProblemHttpResult>> UpsertProductAsync(string code, KeyProductRequest body, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32) return Invalid("code", "产品代码必须为1至32个字符。");
        if (string.IsNullOrWhiteSpace(body.Category)) return Invalid("category", "请填写产品类别。");
        if (string.IsNullOrWhiteSpace(body.Name)) return Invalid("name", "请填写产品名称。");
        if (body.Grade is not { } grade || !Enum.IsDefined(grade)) return Invalid("grade", "风险等级必须为1、2或3。");
        if (body.By is not null) return ActorFromSignIn();
        return TypedResults.Ok(await Catalogue(grains).UpsertAsync(new KeyProduct(body.Category.Trim(), code, body.Name.Trim(), grade), OfficerOf(user)));
    }

    public static async Task<Results<Ok<KeyProduct>, ProblemHttpResult>> RaiseGradeAsync(
        string code, GradeRaiseRequest body, IGrainFactory grains, TimeProvider time, ClaimsPrincipal user)
    {
        if (body.Grade is not { } grade || !Enum.IsDefined(grade)) return Invalid("grade", "风险等级必须为1、2或3。");
        if (body.Until is not { } until || until <= time.GetUtcNow()) return Invalid("until", "提级截止时间必须晚于当前时间。");
        if (string.IsNullOrWhiteSpace(body.Reason)) return Invalid("reason", "请填写风险预警来源（reason）。");
        if (body.By is not null) return ActorFromSignIn();
        return await Catalogue(grains).RaiseGradeAsync(code, grade, until, body.Reason, OfficerOf(user)) is { } raised
            ? TypedResults.Ok(raised)
            : Problem.NotFound(SupervisionProblemTypes.UnknownProduct, "Unknown product", $"重点产品目录中没有产品代码“{code}”。", "code");
    }

    public static async Task<Results<Ok<SupervisionView>, ProblemHttpResult>> GetEnterpriseAsync(
        string uscc, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        if (Problem.InvalidUscc(uscc) is { } invalid) return invalid;
        if (await OutsideAsync(uscc, grains, scope, user) is { } outside) return outside;
        return await grains.GetGrain<ISupervisionGrain>(uscc).GetAsync() is { } view
            ? TypedResults.Ok(view)
            : Problem.NotFound(SupervisionProblemTypes.NotSupervised, "Enterprise not supervised", $"企业{uscc}尚未登记，没有监管计划。", "uscc");
    }

    /// <summary>
    /// Field feedback. A sampling, a re-inspection and a failed on-site inspection are also journaled as events
    /// (through <see cref="IEventIngestion"/>, id <c>task-{taskId}</c>) so they feed classification like any event;
    /// a failed on-site inspection is journaled as a failed <c>sampling_result</c> with batch number <c>INSP-{taskId}</c>,
    /// the closest existing event kind.
    /// </summary>
    public static async Task<Results<Ok<TaskCompletion>, ProblemHttpResult>> PostResultAsync(
        string uscc, string taskId, TaskResultRequest body, IGrainFactory grains, IEventIngestion ingestion, TimeProvider time,
        RegionScope scope, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Problem.InvalidUscc(uscc) is { } invalid) return invalid;
        if (await OutsideAsync(uscc, grains, scope, user) is { } outside) return outside;
        if (body.Passed is not { } passed) return Invalid("passed", "请填写检查结果（passed）。");
        if (body.By is not null) return ActorFromSignIn();
        if (body.RectificationDeadline is { } deadline && deadline <= time.GetUtcNow()) return Invalid("rectificationDeadline", "整改期限必须晚于当前时间。");
        if (passed && body.RectificationOrdered) return Invalid("rectificationOrdered", "合格结果不能责令整改。");
        if (!body.RectificationOrdered && body.RectificationDeadline is not null)
            return Invalid("rectificationDeadline", "未责令整改时不应填写整改期限。");
        if (InvalidProduct(body.Brand, body.NiceClass) is { } invalidProduct) return invalidProduct;
        var grain = grains.GetGrain<ISupervisionGrain>(uscc);
        var task = await grain.GetTaskAsync(taskId);
        if (task is null) return UnknownTask(uscc, taskId);
        if (task.Outcome is not null) return AlreadyCompleted(taskId);

        var now = time.GetUtcNow();
        var evt = EventFor(task, passed, body.BatchNo, body.Brand?.Trim(), body.NiceClass, now);
        if (evt is not null)
        {
            var outcome = (await ingestion.IngestAsync([evt], cancellationToken))[0];
            if (outcome.Status == IngestStatus.Rejected)
            {
                return Problem.Of(StatusCodes.Status422UnprocessableEntity, SupervisionProblemTypes.ResultRejected, "Result rejected",
                    string.Join("; ", outcome.Errors.Select(e => $"{e.Field}: {e.Message}")), "passed", "journal-accepts-event");
            }
        }
        var feedback = new TaskFeedback(passed, [.. (body.Findings ?? []).Where(f => !string.IsNullOrWhiteSpace(f))],
            body.RectificationOrdered, body.RectificationDeadline, OfficerOf(user), evt?.EventId);
        var completion = await grain.CompleteTaskAsync(taskId, feedback);
        return completion.Status switch
        {
            TaskCompletionStatus.Completed => TypedResults.Ok(completion),
            TaskCompletionStatus.AlreadyCompleted => AlreadyCompleted(taskId),
            _ => UnknownTask(uscc, taskId),
        };
    }

    /// <summary>
    /// A product's credit (brand × Nice class, 方案 §二(二)). Any bureau, a county bureau too: a product is sampled at
    /// producers in many counties, and its score is one.
    /// </summary>
    public static async Task<Results<Ok<ProductCreditView>, ProblemHttpResult>> GetProductAsync(string brand, string niceClass, IGrainFactory grains)
    {
        var name = brand.Trim();
        if (!int.TryParse(niceClass, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return Invalid("niceClass", "尼斯分类必须为1至45的整数。", FieldRules.Type);
        if (ProductNameProblem(name, number) is { } invalid) return invalid;
        return await grains.GetGrain<IProductCreditGrain>(CreditObjectKey.Product(name, number)).GetAsync() is { } view
            ? TypedResults.Ok(view)
            : Problem.NotFound(SupervisionProblemTypes.ProductNotScored, "Product not scored", $"尚无事件涉及品牌“{name}”（尼斯分类第{number}类）的产品。", "brand");
    }

    /// <summary>Default: the dispatch list (dispatched and overdue tasks); <c>?status=</c> picks one status.</summary>
    public static async Task<Results<Ok<IReadOnlyList<SupervisionTaskView>>, ProblemHttpResult>> CountyTasksAsync(
        string county, IGrainFactory grains, RegionTreeLookup regions, RegionScope scope, ClaimsPrincipal user, HttpResponse response,
        string? status = null)
    {
        if (!regions.IsCounty(county)) return UnknownCounty(county);
        if (scope.Refuse(user, county, "county") is { } outside) return outside;
        SupervisionTaskStatus? filter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<SupervisionTaskStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                return Invalid("status", "status必须为planned、dispatched、overdue或completed。");
            filter = parsed;
        }
        if (await grains.GetGrain<ICountySupervisionGrain>(county).TasksAsync(filter) is not { } tasks) return DeskLoading(county, response);
        if (filter is null) tasks = [.. tasks.Where(t => t.Status is SupervisionTaskStatus.Dispatched or SupervisionTaskStatus.Overdue)];
        return TypedResults.Ok(tasks);
    }

    public static async Task<Results<Ok<CountySupervisionReport>, ProblemHttpResult>> CountyReportAsync(
        string county, IGrainFactory grains, RegionTreeLookup regions, RegionScope scope, ClaimsPrincipal user, HttpResponse response)
    {
        if (!regions.IsCounty(county)) return UnknownCounty(county);
        if (scope.Refuse(user, county, "county") is { } outside) return outside;
        return await grains.GetGrain<ICountySupervisionGrain>(county).ReportAsync() is { } report
            ? TypedResults.Ok(report)
            : DeskLoading(county, response);
    }

    /// <summary>A county bureau reaches only the enterprises of its own county.</summary>
    private static async Task<ProblemHttpResult?> OutsideAsync(string uscc, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user) =>
        await grains.GetGrain<IEnterpriseGrain>(uscc).GetAsync() is { TownCode: { } town } ? scope.Refuse(user, town, "uscc") : null;

    private static EnterpriseEvent? EventFor(SupervisionTask task, bool passed, string? batchNo, string? brand, int? niceClass, DateTimeOffset now)
    {
        var id = $"task-{task.Id}";
        var product = task.ProductCode ?? "";
        return task.Kind switch
        {
            TaskKind.Sampling => new SamplingResult
            {
                EventId = id, Uscc = task.Uscc, OccurredAt = now, BatchNo = batchNo ?? task.Id, ProductCode = product, Passed = passed,
                Brand = brand, NiceClass = niceClass,
            },
            TaskKind.Reinspection => new ReinspectionResult
            {
                EventId = id, Uscc = task.Uscc, OccurredAt = now, ProductCode = product, Passed = passed, Brand = brand, NiceClass = niceClass,
            },
            _ when !passed => new SamplingResult
            {
                EventId = id, Uscc = task.Uscc, OccurredAt = now, BatchNo = $"INSP-{task.Id}", ProductCode = product, Passed = false,
                Brand = brand, NiceClass = niceClass,
            },
            _ => null,
        };
    }

    /// <summary>The product checked, as the event parser takes it: a bounded brand and a Nice class 1–45, both or neither.</summary>
    private static ProblemHttpResult? InvalidProduct(string? brand, int? niceClass)
    {
        if (brand is null && niceClass is null) return null;
        if (brand is null) return Invalid("brand", "填写尼斯分类时须同时填写品牌。", FieldRules.RequiredWith);
        if (niceClass is null) return Invalid("niceClass", "填写品牌时须同时填写尼斯分类。", FieldRules.RequiredWith);
        return ProductNameProblem(brand.Trim(), niceClass.Value);
    }

    private static ProblemHttpResult? ProductNameProblem(string brand, int niceClass)
    {
        if (brand.Length == 0) return Invalid("brand", "品牌不能为空。", FieldRules.Empty);
        if (brand.Length > ProductName.MaxBrandLength) return Invalid("brand", $"品牌不能超过{ProductName.MaxBrandLength}个字符。", FieldRules.MaxLength);
        return niceClass is < 1 or > 45 ? Invalid("niceClass", "尼斯分类必须为1至45的整数。", FieldRules.Range) : null;
    }

    // The policies let only bureaus through, so the role is always a bureau's.
    private static Officer OfficerOf(ClaimsPrincipal user) => new(user.ActorId(), user.Role() ?? Role.CountyBureau);

    /// <summary>A body (or query) that names its own actor is refused rather than ignored: the audit names the signed-in caller.</summary>
    private static ProblemHttpResult ActorFromSignIn() =>
        Problem.Of(StatusCodes.Status400BadRequest, SupervisionProblemTypes.InvalidRequest, "Invalid request",
            "操作人取自登录身份，请勿填写by。", "by", "actor-from-sign-in");

    private static ICatalogueGrain Catalogue(IGrainFactory grains) => grains.GetGrain<ICatalogueGrain>(CatalogueKeys.City);

    private static ProblemHttpResult Invalid(string field, string detail, string rule = FieldRules.Required) =>
        Problem.Of(StatusCodes.Status400BadRequest, SupervisionProblemTypes.InvalidRequest, "Invalid request", detail, field, rule);

    private static ProblemHttpResult UnknownTask(string uscc, string taskId) =>
        Problem.NotFound(SupervisionProblemTypes.UnknownTask, "Unknown task", $"企业{uscc}没有编号为{taskId}的监管任务。", "taskId");

    private static ProblemHttpResult AlreadyCompleted(string taskId) =>
        Problem.Of(StatusCodes.Status409Conflict, SupervisionProblemTypes.TaskAlreadyCompleted, "Task already completed",
            $"任务{taskId}已反馈结果，不能重复提交。", "taskId", "task-open");

    // The desks are rebuilt from the stored supervision states after the map is served (a national start-up reads
    // 400,000 of them); until then a county's list would be a part of it.
    private static ProblemHttpResult DeskLoading(string county, HttpResponse response)
    {
        response.Headers.RetryAfter = "5";
        return Problem.Of(StatusCodes.Status503ServiceUnavailable, SupervisionProblemTypes.DeskLoading, "County desk loading",
            $"服务刚刚启动，县（市、区）“{county}”的任务清单正在从存储中重建，请稍后重试。");
    }

    private static ProblemHttpResult UnknownCounty(string county) =>
        Problem.NotFound(ProblemTypes.UnknownRegion, "Unknown county", $"“{county}”不是本平台的县（市、区）代码。", "county");

    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxCatalogueBytes) return null;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length > MaxCatalogueBytes ? null : buffer.ToArray();
    }
}
