using QualityMap.Grains.Enterprises;

namespace QualityMap.Tests.EndToEnd;

/// <summary>Ingestion payloads as a client would send them.</summary>
public static class TestEvents
{
    private static int _next;

    public static string Uscc(int seed, string county = "330402") => UnifiedSocialCreditCode.Generate(new Random(seed), county);

    public static string NewId(string prefix = "e2e") => $"{prefix}-{Interlocked.Increment(ref _next)}";

    /// <summary>The name <see cref="Registered"/> gives an enterprise.</summary>
    public static string NameOf(string uscc) => $"测试企业{uscc[^6..]}有限公司";

    public static object Registered(string uscc, string town, DateTimeOffset at, string? id = null) => new
    {
        eventId = id ?? NewId("reg"),
        kind = "enterprise_registered",
        uscc,
        occurredAt = at,
        name = NameOf(uscc),
        townCode = town,
        products = new[] { new { code = "0801", name = "电线电缆", grade = 1 } },
        licenceNo = "XK06-001-00001",
    };

    public static object Sampling(string uscc, bool passed, DateTimeOffset at, string? id = null) => new
    {
        eventId = id ?? NewId("smp"),
        kind = "sampling_result",
        uscc,
        occurredAt = at,
        batchNo = $"CC-{Guid.NewGuid():N}"[..12],
        productCode = "0801",
        passed,
    };
}
