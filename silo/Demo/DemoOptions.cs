using System.Globalization;

namespace QualityMap.Silo.Demo;

/// <summary>
/// Demo mode (section "Demo"): a generated Jiaxing-like population of enterprises with two years of history,
/// then a stream of live events, all sent through the ingestion port like real data.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>
    /// Seeds the demo data at start-up (once per database) and streams live events. Default false: a real
    /// deployment must never mix generated enterprises into its journal.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// How many enterprises the demo registers, spread over every town of the region tree. Default 3300, about
    /// the number of key-product producers Jiaxing supervises.
    /// </summary>
    public int Enterprises { get; set; } = 3300;

    /// <summary>
    /// Seed of the generated data: the same seed gives the same enterprises and history. Default 20201. The
    /// seed is part of every demo event id, so changing it on a database that already holds demo data adds a
    /// second population; delete the data directory to start over.
    /// </summary>
    public int Seed { get; set; } = 20201;

    /// <summary>
    /// Average rate of live events after seeding (random, Poisson-like gaps). Default 5.0. 0 seeds the data and
    /// sends no live events, for a still map.
    /// </summary>
    public double EventsPerSecond { get; set; } = 5.0;

    /// <summary>Problems with the values, one message each; empty when the options are valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (Enterprises is < 1 or > 100_000)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(Enterprises)} must be between 1 and 100000 (was {Enterprises}).");
        }

        if (!double.IsFinite(EventsPerSecond) || EventsPerSecond is < 0 or > 1000)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{SectionName}:{nameof(EventsPerSecond)} must be between 0 and 1000 (was {EventsPerSecond}).");
        }
    }
}
