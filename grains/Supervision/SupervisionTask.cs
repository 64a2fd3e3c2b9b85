using System.Text.Json.Serialization;
using QualityMap.Grains.Events;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// One inspection task of an enterprise: what, for which product, when it is due, why it was planned (zh-CN), and
/// its outcome once completed. <see cref="FollowsTaskId"/> links a re-inspection to the task that ordered it.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.SupervisionTask")]
public sealed record SupervisionTask(
    string Id,
    string Uscc,
    string? CountyCode,
    TaskKind Kind,
    string? ProductCode,
    [property: JsonConverter(typeof(JsonNumberEnumConverter<ProductRiskGrade>))] ProductRiskGrade? Grade,
    SupervisionMode Mode,
    DateTimeOffset PlannedAt,
    DateTimeOffset Due,
    string Basis,
    string? FollowsTaskId = null,
    TaskOutcome? Outcome = null)
{
    public bool IsOpen => Outcome is null;
}
