using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using QualityMap.Api.Problems;
using QualityMap.Api.Security;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Events.Fields;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>Finds the batch an API request names by <c>gtin</c> and <c>lot</c>, or the problem why there is none.</summary>
public static class BatchLookup
{
    public static async Task<(BatchView? Batch, ProblemHttpResult? Problem)> FindAsync(string gtin, string? lot, IGrainFactory grains)
    {
        if (Gtin.Explain(gtin) is { } gtinReason)
            return (null, Invalid("gtin", Gtin.IsWellFormed(gtin) ? FieldRules.GtinCheckDigit : FieldRules.GtinFormat, $"'gtin' {gtinReason}."));
        if (lot is null) return (null, Invalid("lot", FieldRules.Required, "The query parameter 'lot' (GS1 AI 10) is required."));
        if (Gs1Text.Explain(lot, DigitalLink.LotAi) is { } lotReason) return (null, Invalid("lot", FieldRules.Gs1Characters, $"'lot' {lotReason}."));
        var key = new BatchKey(gtin, lot);
        return await grains.GetGrain<IBatchGrain>(key.GrainKey).GetAsync() is { } batch
            ? (batch, null)
            : (null, Problem.NotFound(ProblemTypes.UnknownProductBatch, "Unknown batch",
                $"No batch {lot} of GTIN {gtin} is registered.", "lot"));
    }

    /// <summary>The 403 when the batch's producer is outside the caller's region; null when it is inside.</summary>
    public static async Task<ProblemHttpResult?> RefuseOutsideAsync(BatchView batch, IGrainFactory grains, RegionScope scope, ClaimsPrincipal user)
    {
        var producer = await grains.GetGrain<IEnterpriseGrain>(batch.ProducerUscc).GetAsync();
        return scope.Refuse(user, producer?.TownCode ?? "", "gtin");
    }

    /// <summary>The item's serial when it belongs to the batch; a problem when it does not.</summary>
    public static ProblemHttpResult? RefuseSerial(BatchView batch, string? serial) => serial switch
    {
        null => null,
        _ when batch.Serials is null => Invalid("serial", "batch-serialised", $"Batch {batch.Key.Lot} is not serialised; omit 'serial'."),
        _ when !batch.Serials.Contains(serial) => Invalid("serial", "within-serial-range",
            $"Serial '{serial}' is not in the batch's range {batch.Serials.First}–{batch.Serials.Last}."),
        _ => null,
    };

    private static ProblemHttpResult Invalid(string field, string rule, string detail) =>
        Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidTraceCode, "Invalid trace code", detail, field, rule);
}
