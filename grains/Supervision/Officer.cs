using QualityMap.Grains.Identity;

namespace QualityMap.Grains.Supervision;

/// <summary>
/// Who changed the catalogue or reported a result: the signed-in account and its role, taken from the
/// authenticated caller, never from the request body, so the audit trail names who really acted.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.Officer")]
public sealed record Officer(string ActorId, Role Role);
