using System.Collections.Immutable;

namespace QualityMap.Grains.Runtime;

/// <summary>
/// Values that travel with a call, as Orleans' <c>RequestContext</c>: whatever is set when a grain call is made
/// is visible during the callee's turn and in the calls that turn makes in turn, one-way calls included.
/// </summary>
public static class RequestContext
{
    private static readonly AsyncLocal<ImmutableDictionary<string, object>?> Current = new();

    public static object? Get(string key) => Current.Value?.GetValueOrDefault(key);

    public static void Set(string key, object value) =>
        Current.Value = (Current.Value ?? ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal)).SetItem(key, value);

    public static void Remove(string key) => Current.Value = Current.Value?.Remove(key);

    /// <summary>The values to carry with a call being queued (runtime use).</summary>
    internal static ImmutableDictionary<string, object>? Export() => Current.Value;

    /// <summary>Makes a queued call's values current for its turn (runtime use).</summary>
    internal static void Import(ImmutableDictionary<string, object>? values) => Current.Value = values;
}
