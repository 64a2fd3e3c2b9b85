using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Supervision;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Rebuild;

/// <summary>
/// What must be the same in a live store and in a store rebuilt from its journal: every enterprise's class with
/// its reasons and the last journal seq it applied, every region's colour and counts (derived from the
/// enterprises, or under the credit scheme from the operators' supervision, as the live map is, and coloured by the
/// scheme's rule), every formal warning's county, level and status, and the journaled supervision
/// actions (<see cref="SupervisionDigest"/>). Times of the
/// classification history are left out: they are when the grain ran, not what the journal says.
/// </summary>
public sealed record MapDigest(
    IReadOnlyDictionary<string, EnterpriseDigest> Enterprises,
    IReadOnlyDictionary<string, RegionDigest> Regions,
    IReadOnlyDictionary<string, WarningDigest> Warnings,
    IReadOnlyDictionary<string, string> Supervision)
{
    public static async Task<MapDigest> ReadAsync(IGrainStateStore states, MapRules rules, CancellationToken cancellationToken = default)
    {
        var tree = rules.Tree;
        var enterprises = new SortedDictionary<string, EnterpriseDigest>(StringComparer.Ordinal);
        var counts = tree.All.ToDictionary(r => r.Code, _ => (HighRisk: 0, Monitored: 0), StringComparer.Ordinal);
        void Count(string town, bool highRisk)
        {
            foreach (var code in tree.AncestorsOf(town).Select(r => r.Code).Append(town).Distinct())
            {
                var (high, monitored) = counts[code];
                counts[code] = (high + (highRisk ? 1 : 0), monitored + 1);
            }
        }

        var credit = rules.Supervision.Scheme == ClassificationScheme.Credit;
        await foreach (var stored in states.ReadAllAsync(nameof(EnterpriseGrain), cancellationToken))
        {
            var state = GrainStateSerializer.Deserialize<EnterpriseState>(stored.Payload);
            var reasons = string.Join("; ", state.Reasons.Select(r => $"{r.Rule}[{string.Join(",", r.EvidenceEventIds)}]until {r.Until:O}"));
            enterprises[stored.Key] = new EnterpriseDigest(state.TownCode, state.Monitored, state.Class.ToString(), reasons, state.LastAppliedSeq);
            if (credit || !state.Monitored || !tree.IsTown(state.TownCode!)) continue;
            Count(state.TownCode!, state.Class == Grains.Classification.RiskClass.High);
        }
        // The credit scheme's map counts what each operator's supervision last reported to its town (scored, C or D),
        // as the live towns and the start-up seeding do.
        if (credit)
        {
            await foreach (var stored in states.ReadAllAsync(nameof(SupervisionGrain), cancellationToken))
            {
                var state = GrainStateSerializer.Deserialize<SupervisionState>(stored.Payload);
                if (state is { MapTown: { } town, MapStatus: { Monitored: true } status } && tree.IsTown(town)) Count(town, status.HighRisk);
            }
        }

        var regions = new SortedDictionary<string, RegionDigest>(StringComparer.Ordinal);
        foreach (var region in tree.All)
        {
            var (high, monitored) = counts[region.Code];
            var colour = SchemeColourRules.Assess(rules.Supervision.Scheme, high, monitored, region.Level, rules.Colours, rules.Credit).Colour;
            regions[region.Code] = new RegionDigest(colour.ToString(), high, monitored);
        }

        var warnings = new SortedDictionary<string, WarningDigest>(StringComparer.Ordinal);
        await foreach (var stored in states.ReadAllAsync(nameof(WarningGrain), cancellationToken))
        {
            var state = GrainStateSerializer.Deserialize<WarningState>(stored.Payload);
            warnings[stored.Key] = new WarningDigest(state.CountyCode, state.Level.ToString(), state.Status.ToString(), string.Join(" → ", state.History.Select(h => $"{h.Action}@{h.At:O}")));
        }

        return new MapDigest(enterprises, regions, warnings, await SupervisionDigest.ReadAsync(states, cancellationToken));
    }

    /// <summary>Every way <paramref name="other"/> differs from this digest, one line each (empty when equal).</summary>
    public IReadOnlyList<string> Differences(MapDigest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return [.. Compare("enterprise", Enterprises, other.Enterprises), .. Compare("region", Regions, other.Regions), .. Compare("warning", Warnings, other.Warnings),
            .. Compare("supervision", Supervision, other.Supervision)];
    }

    private static IEnumerable<string> Compare<T>(string what, IReadOnlyDictionary<string, T> mine, IReadOnlyDictionary<string, T> theirs)
    {
        foreach (var key in mine.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal))
        {
            var hasMine = mine.TryGetValue(key, out var a);
            var hasTheirs = theirs.TryGetValue(key, out var b);
            if (hasMine && hasTheirs && Equals(a, b)) continue;
            yield return $"{what} {key}: {(hasMine ? a!.ToString() : "absent")} vs {(hasTheirs ? b!.ToString() : "absent")}";
        }
    }
}
