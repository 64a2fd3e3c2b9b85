using System.Diagnostics.CodeAnalysis;
using QualityMap.Grains.Events;

namespace QualityMap.Api.Ingestion;

/// <summary>The outcome of parsing one event item: the event, or every error found in the item.</summary>
public sealed class EventParseResult
{
    private EventParseResult(EnterpriseEvent? @event, string? eventId, IReadOnlyList<FieldError> errors)
    {
        Event = @event;
        EventId = eventId;
        Errors = errors;
    }

    /// <summary>The parsed event; set exactly when <see cref="IsSuccess"/>.</summary>
    public EnterpriseEvent? Event { get; }

    /// <summary>The item's eventId, also on failure when it could be read, so a per-item result can echo it.</summary>
    public string? EventId { get; }

    /// <summary>All errors found in the item; empty on success.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Event))]
    public bool IsSuccess => Event is not null;

    public static EventParseResult Success(EnterpriseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return new(@event, @event.EventId, []);
    }

    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty: a failure must say why.</exception>
    public static EventParseResult Failure(string? eventId, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed parse needs at least one error.", nameof(errors));
        }

        return new(null, eventId, errors);
    }
}
