using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Operations;

/// <summary>
/// What the operations stacks feed a service, in three rounds a little apart: ten registrations in 建设街道; failed
/// samplings that make 南湖区 red (2 of 10 high-risk: 20 %, a formal warning); a duplicate and four rejections (a wrong
/// check character, an unknown enterprise, an unknown kind, no kind).
/// </summary>
public sealed class FedEvents
{
    public const string RedCounty = "330402";                 // 南湖区
    public const string RedTown = "330402007";                // 建设街道
    public const int Count = 18;

    public FedEvents(int seed)
    {
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        Usccs = [.. Enumerable.Range(0, 10).Select(i => Uscc(seed + i, RedCounty))];
        Registrations = [.. Usccs.Select(u => Registered(u, RedTown, yesterday.AddHours(-1)))];
        Samplings = [Sampling(Usccs[0], false, yesterday), Sampling(Usccs[1], false, yesterday), Sampling(Usccs[2], true, yesterday)];
        var badUscc = Usccs[3][..^1] + (Usccs[3][^1] == '0' ? '1' : '0');
        DuplicateAndRejected =
        [
            Registrations[0],                                                       // duplicate
            Registered(badUscc, RedTown, yesterday),                                // rejected: check character
            Sampling(Uscc(seed + 999, RedCounty), false, yesterday),                // rejected: unknown enterprise
            new { eventId = $"kind-{seed}-1", kind = "meteor_strike", uscc = Usccs[4], occurredAt = yesterday },
            new { eventId = $"kind-{seed}-2", uscc = Usccs[4], occurredAt = yesterday },   // rejected: no kind
        ];
    }

    public IReadOnlyList<string> Usccs { get; }

    public object[] Registrations { get; }

    public object[] Samplings { get; }

    public object[] DuplicateAndRejected { get; }
}
