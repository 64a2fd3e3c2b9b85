namespace QualityMap.Grains.Alerts;

/// <summary>
/// Flap detection (as Nagios has it): a condition that came back more than <see cref="AlertOptions.FlapReturns"/> times
/// within the last <see cref="AlertOptions.FlapWindow"/> is flapping (频繁变化). A return exactly one window ago is out
/// of it. Configuration, not regulation: DB3304/T 056 does not speak of repeats.
/// </summary>
public static class FlapRules
{
    /// <summary>The returns within the window, oldest first, at most one more than the limit: all the rule ever needs.</summary>
    public static IReadOnlyList<DateTimeOffset> Recent(IEnumerable<DateTimeOffset> returns, DateTimeOffset now, AlertOptions options) =>
        [.. returns.Where(at => InWindow(at, now, options)).Order().TakeLast(options.FlapReturns + 1)];

    public static bool Flapping(IEnumerable<DateTimeOffset> returns, DateTimeOffset now, AlertOptions options) =>
        returns.Count(at => InWindow(at, now, options)) > options.FlapReturns;

    private static bool InWindow(DateTimeOffset at, DateTimeOffset now, AlertOptions options) => at <= now && now - at < options.FlapWindow;
}
