using System.Globalization;

namespace QualityMap.Api.Bulletins;

/// <summary>
/// The body of <c>POST /api/warnings/{id}/bulletin</c>: the document number and the county's deadline (yyyy-MM-dd).
/// The rules on both are <see cref="Grains.Bulletins.BulletinRules"/>; here only the date is read.
/// </summary>
internal sealed record BulletinRequest(string? DocumentNo, string? Deadline)
{
    /// <summary>The deadline as a date, or null when it is missing or not yyyy-MM-dd.</summary>
    public DateOnly? DeadlineDate() =>
        DateOnly.TryParseExact(Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
