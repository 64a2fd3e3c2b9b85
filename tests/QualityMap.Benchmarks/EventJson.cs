using System.Globalization;
using System.Text;

namespace QualityMap.Benchmarks;

/// <summary>
/// Request bodies for <c>POST /api/events</c>, serialised before any timing starts so the harness's own JSON work
/// never counts against the service. Every event gets a fresh id and a later <c>occurredAt</c> than the one before
/// (one millisecond apart, starting 50 minutes ago), so an enterprise's events are dated in the order they are sent.
/// </summary>
public sealed class EventJson
{
    private readonly string _prefix = $"bench-{Guid.NewGuid():N}"[..14];
    private readonly DateTimeOffset _registeredAt = DateTimeOffset.UtcNow.AddDays(-2);
    private readonly DateTimeOffset _listedAt = DateTimeOffset.UtcNow.AddDays(-1);
    private readonly DateTimeOffset _firstMoveAt = DateTimeOffset.UtcNow.AddMinutes(-50);
    private long _serial;

    public string Registration(Enterprise e) =>
        $$"""{"eventId":"{{NextId()}}","kind":"enterprise_registered","uscc":"{{e.Uscc}}","occurredAt":"{{Time(_registeredAt)}}","name":"{{e.Name}}","townCode":"{{e.TownCode}}","products":[{"code":"0801","name":"电线电缆","grade":1}]}""";

    /// <summary>Makes a high-risk enterprise of the population high-risk (DB3304/T 055 rule 5, while listed).</summary>
    public string Listing(Enterprise e) =>
        $$"""{"eventId":"{{NextId()}}","kind":"dishonesty_listed","uscc":"{{e.Uscc}}","occurredAt":"{{Time(_listedAt)}}","listingNo":"SX-{{e.Uscc}}"}""";

    /// <summary>The benchmarks' event: the enterprise moves to <paramref name="townCode"/>, changing two towns' counts.</summary>
    public string Move(string uscc, string townCode)
    {
        var serial = Interlocked.Increment(ref _serial);
        return $$"""{"eventId":"{{_prefix}}-{{serial}}","kind":"enterprise_moved","uscc":"{{uscc}}","occurredAt":"{{Time(_firstMoveAt.AddMilliseconds(serial))}}","townCode":"{{townCode}}"}""";
    }

    public static byte[] Batch(IEnumerable<string> events) => Encoding.UTF8.GetBytes($$"""{"events":[{{string.Join(',', events)}}]}""");

    private string NextId() => $"{_prefix}-{Interlocked.Increment(ref _serial)}";

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
