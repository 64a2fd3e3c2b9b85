using System.Globalization;
using System.Text;

namespace QualityMap.Silo.Metrics.Exposition;

/// <summary>The lexical rules of the Prometheus text exposition format 0.0.4.</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>A metric name: <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>; anything else becomes <c>_</c>.</summary>
    public static string MetricName(string name) => Sanitize(name, allowColon: true);

    /// <summary>A label name: <c>[a-zA-Z_][a-zA-Z0-9_]*</c>; anything else becomes <c>_</c>.</summary>
    public static string LabelName(string name) => Sanitize(name, allowColon: false);

    /// <summary>A label value between double quotes: backslash, double quote and line feed are escaped.</summary>
    public static string EscapeLabelValue(string value) =>
        value.AsSpan().IndexOfAny("\\\"\n") < 0 ? value : value.Replace("\\", @"\\").Replace("\"", "\\\"").Replace("\n", @"\n");

    /// <summary>HELP text: backslash and line feed are escaped (double quotes are not).</summary>
    public static string EscapeHelp(string help) => help.Replace("\\", @"\\").Replace("\n", @"\n");

    /// <summary>A sample value or bucket bound as Go's ParseFloat reads it: shortest round-trip, <c>+Inf</c>, <c>NaN</c>.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>A tag value as label text: invariant culture for numbers and dates, enum names as they are.</summary>
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
        var builder = new StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0])) builder.Append('_');
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        }
        return builder.ToString();
    }
}
