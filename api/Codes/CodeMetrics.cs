using System.Diagnostics.Metrics;

namespace QualityMap.Api.Codes;

/// <summary>
/// The code's instruments on the host's "QualityMap" meter (from its <see cref="IMeterFactory"/>, so two hosts in one
/// process never mix their figures; the /metrics exporter reads every meter of that name).
/// </summary>
public sealed class CodeMetrics
{
    private readonly Counter<long> _verifications;
    private readonly Counter<long> _rendered;

    public CodeMetrics(IMeterFactory meters)
    {
        Meter = meters.Create("QualityMap");
        _verifications = Meter.CreateCounter<long>("qualitymap_code_verifications_total",
            description: "Scans of the public verification page, by result (valid, invalid).");
        _rendered = Meter.CreateCounter<long>("qualitymap_codes_rendered_total",
            description: "Quality safety codes rendered, by format (png, svg, hanxin, pdf: a label of a PDF sheet).");
    }

    public Meter Meter { get; }

    public void Verified(bool valid) => _verifications.Add(1, new KeyValuePair<string, object?>("result", valid ? "valid" : "invalid"));

    public void Rendered(string format) => _rendered.Add(1, new KeyValuePair<string, object?>("format", format));

}
