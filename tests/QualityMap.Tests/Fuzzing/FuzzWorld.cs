namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// What the generator knows about the service under test: the warning it drives, the enterprises that exist, the
/// accounts and keys it made. Seeds built from this are valid; the answers to accepted requests add to it.
/// </summary>
public sealed class FuzzWorld(DateTimeOffset now, string warningId, IReadOnlyList<string> warnedCountyUsccs, IReadOnlyList<string> otherUsccs)
{
    public DateTimeOffset Now { get; } = now;

    public string WarningId { get; } = warningId;

    /// <summary>Registered enterprises of the warned county: the ones a revocation or an acceptance sampling names.</summary>
    public IReadOnlyList<string> WarnedCountyUsccs { get; } = warnedCountyUsccs;

    /// <summary>Registered enterprises elsewhere, which fuzzed events are about (so that they do not steer the warning).</summary>
    public IReadOnlyList<string> OtherUsccs { get; } = otherUsccs;

    /// <summary>Signed verification tokens of registered enterprises (the part of the code's URL after /v/).</summary>
    public List<string> Tokens { get; } = [];

    /// <summary>Accounts the fuzzer created, which get keys.</summary>
    public List<string> Accounts { get; } = [];

    /// <summary>Key ids of keys the fuzzer created: only these are ever revoked, never the keys the fuzzer calls with.</summary>
    public List<string> KeyIds { get; } = [];

    /// <summary>The steps the warning allows now (either bureau), so that seeds walk it through its stages.</summary>
    public List<string> AllowedSteps { get; } = [];

    /// <summary>Towns outside the warned county (南湖, 330402).</summary>
    public static readonly string[] Towns = ["330411002", "330411003", "330421001", "330424001", "330481002", "330482003", "330483004"];

    public static readonly string[] Counties = ["330411", "330421", "330424", "330481", "330482", "330483"];
}
