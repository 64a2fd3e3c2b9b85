using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Api.Ingestion;

/// <summary>
/// Reads the fields of one JSON object and collects every problem instead of stopping at the first, so a client
/// can fix an item in one round trip. Each read remembers the field name; <see cref="RejectUnknownFields"/> then
/// flags whatever the kind's reader did not ask for, so a typo never drops data silently.
/// </summary>
internal sealed class FieldReader
{
    private readonly JsonElement _object;
    private readonly string _pathPrefix;
    private readonly List<FieldError> _errors;
    private readonly IEventValidationContext _context;
    private readonly EventValidationOptions _options;
    private readonly List<string> _readFields = [];

    public FieldReader(
        JsonElement @object, string pathPrefix, List<FieldError> errors, IEventValidationContext context, EventValidationOptions options)
    {
        _object = @object;
        _pathPrefix = pathPrefix;
        _errors = errors;
        _context = context;
        _options = options;
    }

    /// <summary>A reader for a nested object whose errors join this reader's, with paths under <paramref name="pathPrefix"/>.</summary>
    public FieldReader ForObject(JsonElement @object, string pathPrefix) =>
        new(@object, _pathPrefix + pathPrefix, _errors, _context, _options);

    /// <summary>How many errors the item has so far, nested objects' included.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>The bound on a text field that declares none of its own.</summary>
    public int MaxTextLength => _options.MaxTextLength;

    public void AddError(string name, string rule, string message) => _errors.Add(new FieldError(Path(name), rule, message));

    /// <summary>The path of a field of this object, as it appears in errors and messages.</summary>
    public string Path(string name) => _pathPrefix + name;

    /// <summary>A required string exactly as sent: no trimming, no length rule (for keys with rules of their own).</summary>
    public string? RequireRawString(string name)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        return ReadString(name, value);
    }

    /// <summary>A required text: a string, trimmed, not blank, at most <see cref="EventValidationOptions.MaxTextLength"/>.</summary>
    public string? RequireString(string name)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        return ReadText(name, value);
    }

    /// <summary>A required text whose own bound, <paramref name="maxLength"/>, is tighter than the general one.</summary>
    public string? RequireString(string name, int maxLength)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        var text = ReadString(name, value)?.Trim();
        return text is null ? null : CheckText(name, text, maxLength);
    }

    /// <summary>Whether the field was sent; null counts as not sent, as for every optional field.</summary>
    public bool Has(string name) => TryGet(name, out _);

    /// <summary>
    /// An optional text with the rules of <see cref="RequireString"/>. Null and blank count as absent: serializers
    /// send "" for an empty note, and rejecting a penalty over an empty note would lose the penalty.
    /// </summary>
    public string? OptionalString(string name) => OptionalString(name, _options.MaxTextLength);

    /// <summary>An optional text whose own bound, <paramref name="maxLength"/>, is tighter than the general one.</summary>
    public string? OptionalString(string name, int maxLength)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var text = ReadString(name, value)?.Trim();
        return string.IsNullOrEmpty(text) ? null : CheckText(name, text, maxLength);
    }

    /// <summary>A required JSON boolean; the strings "true"/"false" are a type error, not a guess.</summary>
    public bool? RequireBool(string name)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                AddWrongType(name, "a JSON boolean (true or false)", value);
                return null;
        }
    }

    /// <summary>A required JSON integer within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int? RequireInteger(string name, int min, int max)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            AddWrongType(name, $"a JSON integer from {min} to {max}", value);
            return null;
        }

        if (number < min || number > max)
        {
            AddError(name, FieldRules.Range, $"Field '{Path(name)}' must be from {min} to {max}, got {number}.");
            return null;
        }

        return number;
    }

    /// <summary>
    /// A required ISO-8601 date-time with an explicit offset or Z, no later than now plus the allowed clock skew
    /// and no earlier than <see cref="EventValidationOptions.Earliest"/>.
    /// </summary>
    public DateTimeOffset? RequireTime(string name)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        var text = ReadString(name, value);
        if (text is null)
        {
            return null;
        }

        if (!value.TryGetDateTimeOffset(out var time))
        {
            AddError(name, FieldRules.DateTime,
                $"Field '{Path(name)}' must be an ISO-8601 date-time such as 2026-11-20T09:30:00+08:00, got '{text}'.");
            return null;
        }

        // The parser reads a time without offset as server-local time; which zone the client meant is unknowable.
        if (!HasExplicitOffset(text))
        {
            AddError(name, FieldRules.OffsetRequired,
                $"Field '{Path(name)}' must state its UTC offset or Z (such as 2026-11-20T09:30:00+08:00): '{text}' is ambiguous.");
            return null;
        }

        var latest = _context.Now + _options.AllowedClockSkew;
        if (time > latest)
        {
            AddError(name, FieldRules.NotInFuture,
                $"Field '{Path(name)}' must not be in the future: {Format(time)} is after {Format(latest)} (now plus the allowed clock skew).");
            return null;
        }

        if (time < _options.Earliest)
        {
            AddError(name, FieldRules.TooOld,
                $"Field '{Path(name)}' must not be before {Format(_options.Earliest)}, got {Format(time)}.");
            return null;
        }

        return time;
    }

    /// <summary>
    /// A required calendar date, <c>yyyy-MM-dd</c>, no later than today anywhere on Earth (UTC+14, so no client's
    /// today is refused) and no earlier than the day of <see cref="EventValidationOptions.Earliest"/>.
    /// </summary>
    public DateOnly? RequireDate(string name)
    {
        var text = RequireRawString(name);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            AddError(name, FieldRules.Date, $"Field '{Path(name)}' must be a date such as 2026-11-20 (yyyy-MM-dd), got '{text}'.");
            return null;
        }

        var latest = DateOnly.FromDateTime((_context.Now + _options.AllowedClockSkew).UtcDateTime.AddHours(14));
        if (date > latest)
        {
            AddError(name, FieldRules.NotInFuture, $"Field '{Path(name)}' must not be in the future: {text} is after {latest:yyyy-MM-dd}.");
            return null;
        }

        var earliest = DateOnly.FromDateTime(_options.Earliest.UtcDateTime);
        if (date < earliest)
        {
            AddError(name, FieldRules.TooOld, $"Field '{Path(name)}' must not be before {earliest:yyyy-MM-dd}, got {text}.");
            return null;
        }

        return date;
    }

    /// <summary>A required JSON object, to be read with <see cref="ForObject"/>.</summary>
    public JsonElement? RequireObject(string name) => Require(name, JsonValueKind.Object, "a JSON object");

    /// <summary>A required town/street code that the region list knows.</summary>
    public string? RequireTown(string name)
    {
        var code = RequireString(name);
        if (code is null)
        {
            return null;
        }

        if (!_context.IsKnownRegion(code))
        {
            AddError(name, FieldRules.UnknownTown, $"Field '{Path(name)}' must be a known town code, got '{code}'.");
            return null;
        }

        if (!_context.IsTown(code))
        {
            AddError(name, FieldRules.NotATown,
                $"Field '{Path(name)}' must be the code of a town or street (9 digits), but '{code}' is a region of another level.");
            return null;
        }

        return code;
    }

    /// <summary>A required JSON array.</summary>
    public JsonElement? RequireArray(string name) => Require(name, JsonValueKind.Array, "a JSON array");

    private JsonElement? Require(string name, JsonValueKind kind, string expected)
    {
        if (!TryGet(name, out var value))
        {
            AddMissing(name);
            return null;
        }

        if (value.ValueKind != kind)
        {
            AddWrongType(name, expected, value);
            return null;
        }

        return value;
    }

    /// <summary>
    /// Errors for every field name in <paramref name="item"/>, nested ones included, that is not Unicode text: a name
    /// escaped as a lone surrogate (<c>"\ud800"</c>) is valid JSON, but looking up any field of its object throws, so
    /// such an item is refused before it is read. The field is named as sent, escapes and all.
    /// </summary>
    public static List<FieldError> InvalidNames(JsonElement item, string pathPrefix = "")
    {
        var errors = new List<FieldError>();
        switch (item.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in item.EnumerateObject())
                {
                    // On the ingest path for every field: the raw name (no string made) can only fail to be text when
                    // it holds an escape, since the body was checked to be UTF-8.
                    var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                    if (raw.Contains((byte)'\\') && !IsText(property))
                    {
                        var sent = pathPrefix + Encoding.UTF8.GetString(raw);
                        errors.Add(new FieldError(sent, FieldRules.Type, $"Field name '{sent}' is not valid Unicode text."));
                        continue;
                    }
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        errors.AddRange(InvalidNames(property.Value, $"{pathPrefix}{property.Name}."));
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var element in item.EnumerateArray())
                {
                    if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        errors.AddRange(InvalidNames(element, $"{pathPrefix.TrimEnd('.')}[{index}]."));
                    index++;
                }
                break;
        }
        return errors;
    }

    private static bool IsText(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Flags every field no read asked for, and every field sent more than once.</summary>
    /// <param name="subject">What the object is, for messages: "a sampling_result event", "a product".</param>
    public void RejectUnknownFields(string subject)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reportedTwice = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _object.EnumerateObject())
        {
            var name = property.Name;
            if (!seen.Add(name))
            {
                // Which of two values a reader sees is an accident of the parser; refuse rather than pick one.
                if (reportedTwice.Add(name))
                {
                    AddError(name, FieldRules.DuplicateField, $"Field '{Path(name)}' appears more than once; send each field once.");
                }

                continue;
            }

            if (!_readFields.Contains(name, StringComparer.Ordinal))
            {
                AddError(name, FieldRules.UnknownField, DescribeUnknownField(name, subject));
            }
        }
    }

    private string DescribeUnknownField(string name, string subject)
    {
        var allowed = string.Join(", ", _readFields);
        var sameIgnoringCase = _readFields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
        return sameIgnoringCase is null
            ? $"Field '{Path(name)}' is not a field of {subject}; allowed fields: {allowed}."
            : $"Field '{Path(name)}' is not a field of {subject}; field names are case-sensitive, did you mean '{sameIgnoringCase}'?";
    }

    // Absent and null are the same to a reader: both mean "not given".
    private bool TryGet(string name, out JsonElement value)
    {
        if (!_readFields.Contains(name, StringComparer.Ordinal))
        {
            _readFields.Add(name);
        }

        return _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private string? ReadText(string name, JsonElement value)
    {
        var text = ReadString(name, value)?.Trim();
        return text is null ? null : CheckText(name, text);
    }

    private string? CheckText(string name, string text) => CheckText(name, text, _options.MaxTextLength);

    private string? CheckText(string name, string text, int maxLength)
    {
        if (text.Length == 0)
        {
            AddError(name, FieldRules.Empty, $"Field '{Path(name)}' must not be empty or blank.");
            return null;
        }

        if (text.Length > maxLength)
        {
            AddError(name, FieldRules.MaxLength,
                $"Field '{Path(name)}' must be at most {maxLength} characters, got {text.Length}.");
            return null;
        }

        return text;
    }

    private string? ReadString(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            AddWrongType(name, "a JSON string", value);
            return null;
        }

        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape (\uD800) parses as JSON but is not text.
            AddError(name, FieldRules.Type, $"Field '{Path(name)}' must be valid Unicode text.");
            return null;
        }
    }

    private void AddMissing(string name) => AddError(name, FieldRules.Required, $"Field '{Path(name)}' is required.");

    private void AddWrongType(string name, string expected, JsonElement value) =>
        AddError(name, FieldRules.Type, $"Field '{Path(name)}' must be {expected}, got {Describe(value.ValueKind)}.");

    private static bool HasExplicitOffset(string text)
    {
        // The offset can only follow the time part; '-' before the 'T' belongs to the date.
        var timeStart = text.IndexOfAny(['T', 't']);
        return timeStart >= 0 && text.AsSpan(timeStart).IndexOfAny(['Z', 'z', '+', '-']) >= 0;
    }

    private static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
