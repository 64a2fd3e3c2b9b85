using System.Text;

namespace QualityMap.Silo.Metrics.Exposition;

/// <summary>
/// The labels of one series, sorted by name and already rendered as <c>a="x",b="y"</c>: the rendering is both the
/// identity of the series and the text written, so equal tag sets in any order meet in one series.
/// </summary>
public sealed class LabelSet : IEquatable<LabelSet>
{
    public static readonly LabelSet Empty = new("");

    private LabelSet(string text) => Text = text;

    /// <summary>The labels without braces; empty when there are none.</summary>
    public string Text { get; }

    public static LabelSet From(ReadOnlySpan<KeyValuePair<string, object?>> tags, IEnumerable<KeyValuePair<string, object?>>? instrumentTags)
    {
        if (tags.IsEmpty && instrumentTags is null) return Empty;
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags) Add(labels, tag);
        if (instrumentTags is not null)
        {
            foreach (var tag in instrumentTags) Add(labels, tag);
        }
        if (labels.Count == 0) return Empty;
        var text = new StringBuilder();
        foreach (var (name, value) in labels)
        {
            if (text.Length > 0) text.Append(',');
            text.Append(name).Append("=\"").Append(PrometheusText.EscapeLabelValue(value)).Append('"');
        }
        return new LabelSet(text.ToString());
    }

    /// <summary>The labels in braces, with one more label appended (the histogram's <c>le</c>) when given.</summary>
    public string Render(string? extraName = null, string? extraValue = null)
    {
        if (extraName is null) return Text.Length == 0 ? "" : "{" + Text + "}";
        var extra = extraName + "=\"" + PrometheusText.EscapeLabelValue(extraValue ?? "") + "\"";
        return Text.Length == 0 ? "{" + extra + "}" : "{" + Text + "," + extra + "}";
    }

    public bool Equals(LabelSet? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as LabelSet);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    // The first value of a label wins (a measurement's tag over the instrument's); reserved "__" names are dropped.
    private static void Add(SortedDictionary<string, string> labels, KeyValuePair<string, object?> tag)
    {
        var name = PrometheusText.LabelName(tag.Key);
        if (name.StartsWith("__", StringComparison.Ordinal)) return;
        labels.TryAdd(name, PrometheusText.LabelValue(tag.Value));
    }
}
