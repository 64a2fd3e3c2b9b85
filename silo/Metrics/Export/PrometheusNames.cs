using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace QualityMap.Silo.Metrics.Export;

/// <summary>
/// What an instrument is called in Prometheus. The project's instruments are named with their final Prometheus names
/// (<c>qualitymap_&lt;thing&gt;_&lt;unit&gt;</c>, counters ending in <c>_total</c>). Orleans names its instruments
/// <c>orleans-&lt;area&gt;-&lt;thing&gt;</c> with the unit apart; those become <c>orleans_&lt;area&gt;_&lt;thing&gt;</c> with the
/// Prometheus base unit as a suffix (milliseconds are exported as seconds, megabytes as bytes) and <c>_total</c>
/// after a counter: short, and the same for as long as Orleans keeps its instrument names (prometheus-net's own
/// adapter would prefix the meter's name and type every counter a gauge).
/// </summary>
public static class PrometheusNames
{
    public const string OrleansMeter = "Microsoft.Orleans";

    // An Orleans unit, the base unit's suffix and what a measurement is multiplied by to be in it.
    private static readonly Dictionary<string, (string Suffix, double Scale)> BaseUnits = new(StringComparer.Ordinal)
    {
        ["ms"] = ("seconds", 0.001), ["s"] = ("seconds", 1), ["bytes"] = ("bytes", 1), ["By"] = ("bytes", 1), ["MB"] = ("bytes", 1024 * 1024),
    };

    /// <summary>The metric's name, and the factor that turns a measurement into the unit the name says.</summary>
    public static (string Name, double Scale) MetricName(Instrument instrument)
    {
        var name = Sanitize(instrument.Name, allowColon: true);
        if (instrument.Meter.Name != OrleansMeter) return (name, 1);
        var scale = 1.0;
        if (instrument.Unit is { } unit && BaseUnits.TryGetValue(unit, out var baseUnit))
        {
            scale = baseUnit.Scale;
            if (!name.EndsWith("_" + baseUnit.Suffix, StringComparison.Ordinal)) name += "_" + baseUnit.Suffix;
        }
        if (InstrumentKinds.Of(instrument).IsCounter() && !name.EndsWith("_total", StringComparison.Ordinal)) name += "_total";
        return (name, scale);
    }

    /// <summary>A label name: <c>[a-zA-Z_][a-zA-Z0-9_]*</c>; anything else becomes <c>_</c>.</summary>
    public static string LabelName(string name) => Sanitize(name, allowColon: false);

    /// <summary>A tag value as label text: invariant culture for numbers and dates, <c>true</c>/<c>false</c>, enum names as they are.</summary>
    public static string LabelValue(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Sanitize(string name, bool allowColon)
    {
        if (name.Length == 0) return "_";
        var valid = !char.IsAsciiDigit(name[0]);
        foreach (var c in name) valid &= char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
        if (valid) return name;
        var builder = new StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0])) builder.Append('_');
        foreach (var c in name) builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        return builder.ToString();
    }
}
