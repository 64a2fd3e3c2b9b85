using System.Diagnostics.Metrics;

namespace QualityMap.Silo.Metrics.Export;

/// <summary>How an instrument's measurements become a Prometheus series.</summary>
public enum InstrumentKind
{
    /// <summary><c>Counter&lt;T&gt;</c>: a measurement is an increment of a Prometheus counter.</summary>
    Counter,

    /// <summary><c>ObservableCounter&lt;T&gt;</c>: a measurement is the counter's running total.</summary>
    CumulativeCounter,

    /// <summary><c>UpDownCounter&lt;T&gt;</c>: a measurement moves a gauge up or down.</summary>
    AddingGauge,

    /// <summary><c>Gauge&lt;T&gt;</c> and the observable gauges and up-down counters: a measurement is the gauge's value.</summary>
    Gauge,

    /// <summary><c>Histogram&lt;T&gt;</c>: a measurement is an observation, in the buckets the instrument advises.</summary>
    Histogram,
}

public static class InstrumentKinds
{
    public static InstrumentKind Of(Instrument instrument)
    {
        var type = instrument.GetType();
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        if (definition == typeof(Counter<>)) return InstrumentKind.Counter;
        if (definition == typeof(ObservableCounter<>)) return InstrumentKind.CumulativeCounter;
        if (definition == typeof(UpDownCounter<>)) return InstrumentKind.AddingGauge;
        if (definition == typeof(Histogram<>)) return InstrumentKind.Histogram;
        return InstrumentKind.Gauge;
    }

    public static bool IsCounter(this InstrumentKind kind) => kind is InstrumentKind.Counter or InstrumentKind.CumulativeCounter;
}
