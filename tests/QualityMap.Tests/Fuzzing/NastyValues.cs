using System.Text.Json.Nodes;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// Values that have broken parsers and validators before: edge-case text, numbers JSON allows but .NET types do not,
/// dates just outside the rules, codes that look right but are not. A value is either a <see cref="JsonNode"/> or raw
/// JSON text (<see cref="Raw"/>), for what <see cref="JsonNode"/> cannot hold (lone surrogates, 1e400, deep nesting).
/// </summary>
public sealed class NastyValues(Random random)
{
    private static readonly string[] Texts =
    [
        "", " ", "\t", "\r\n", "\u00a0", "\u3000", "\u200b", "\u0000", "\u0001\u001f", "\u007f", "\u202etxt.exe", "\ufeff", "\ufffd",
        "null", "true", "0", "-1", "[]", "{}", "undefined", "NaN",
        "<script>alert(1)</script>", "'; DROP TABLE journal; --", "\" OR 1=1 --", "../../etc/passwd", "%00", "%2e%2e%2f", "${jndi:ldap://x/a}",
        "{{7*7}}", "\r\nX-Injected: 1", "南市监〔2026〕1号", "嘉兴示例电缆有限公司", "😀", "𠀀𠀁", "e\u0301", "ǅ", "Ａ１", "٣٣٠٤٠٢", "３３０４０２",
        "a\u0000b", "\\", "\"", "/", "qm_testcity_city-bureau-key-of-the-test-suite",
    ];

    private static readonly string[] RawTexts =
    [
        "\"\\ud800\"", "\"\\udfff\"", "\"a\\ud800b\"", "\"\\ud800\\ud800\"", "\"\\u0000\"", "\"\\x41\"", "'single'", "\"unterminated",
    ];

    private static readonly string[] RawNumbers =
    [
        "0", "-0", "-1", "1.5", "1.0", "1e2", "1E400", "-1e400", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999999999", "0.0000000000000000000001", "+1", "01", "0x10", "NaN", "Infinity", "-Infinity", "1_000", ".5", "5.",
    ];

    private static readonly string[] Dates =
    [
        "2026-13-01T00:00:00+08:00", "2026-02-30T00:00:00+08:00", "2026-11-20T24:00:00+08:00", "2026-11-20T08:00:00", "2026-11-20",
        "2026-11-20T08:00:00+25:00", "2026-11-20T08:00:00+0800", "2026-11-20 08:00:00+08:00", "20261120T080000Z", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59+14:00", "1999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2026-11-21T08:00:00Z", "2099-01-01T00:00:00+08:00",
        "2026-11-20T08:00:00.123456789+08:00", "now", "yesterday", "2026-W47-5T08:00:00Z", "+002026-11-20T08:00:00Z", "2026-11-20T08:00:00z",
        "2026-11-20t08:00:00Z", "２０２６-11-20T08:00:00+08:00",
    ];

    private static readonly string[] Regions =
    [
        "330402999", "000000000", "999999999", "330402", "330400", "330000", "33040200700", "33040200", "-33040200", "330402007 ",
        " 330402007", "３３０４０２００７", "330411002", "330421001", "1e8",
    ];

    private static readonly string[] Kinds =
    [
        "sampling_resultz", "Sampling_Result", "SAMPLING_RESULT", "sampling_result ", "sampling-result", "enterprise_registered\u0000",
        "__proto__", "constructor", "kind", "event", "unknown",
    ];

    private static readonly string[] Roles = ["CityBureau", "city-bureau", "admin", "root", "County_Bureau", "0", "1", "99", "city_bureau ", ""];

    /// <summary>JSON text a <see cref="JsonNode"/> cannot represent; the mutator splices it in after serialising.</summary>
    public sealed record Raw(string Json);

    /// <summary>A replacement for the value of field <paramref name="name"/>: something of its kind that is wrong, or anything at all.</summary>
    public object ValueFor(string name, string? current)
    {
        if (random.Next(3) == 0) return AnyValue();
        return name switch
        {
            "uscc" => JsonValue.Create(UsccLike(current))!,
            "occurredAt" or "until" or "rectificationDeadline" => JsonValue.Create(Pick(Dates))!,
            "townCode" or "regionCode" => JsonValue.Create(Pick(Regions))!,
            "kind" => JsonValue.Create(Pick(Kinds))!,
            "role" => JsonValue.Create(Pick(Roles))!,
            "eventId" or "id" or "login" or "keyId" => JsonValue.Create(IdLike(current))!,
            "grade" or "niceClass" or "enterprisesInvestigated" or "batchesSampled" or "batchesFailed" => new Raw(Pick(RawNumbers)),
            "passed" or "accepted" or "isAdmin" => random.Next(2) == 0 ? JsonValue.Create(Pick(["true", "false", "1", "yes"]))! : new Raw(Pick(["1", "0", "null", "True"])),
            _ => JsonValue.Create(Text())!,
        };
    }

    /// <summary>Any JSON value of any type, weighted towards text.</summary>
    public object AnyValue() => random.Next(10) switch
    {
        0 => new Raw(Pick(RawNumbers)),
        1 => new Raw(Pick(RawTexts)),
        2 => new Raw(DeeplyNested()),
        3 => new JsonArray(JsonValue.Create(Text()), JsonValue.Create(random.Next())),
        4 => new JsonObject { ["value"] = Text() },
        5 => new Raw("null"),
        6 => JsonValue.Create(random.Next(2) == 0)!,
        _ => JsonValue.Create(Text())!,
    };

    /// <summary>Text from the pool, or text of a length around a limit (the 200-character rule, 16 KB, 100 KB).</summary>
    public string Text() => random.Next(8) switch
    {
        0 => new string('x', Pick([199, 200, 201, 1000])),
        1 => string.Concat(Enumerable.Repeat("质量", Pick([100, 101, 5000]))),
        2 => random.Next(20) == 0 ? new string('长', 100_000) : new string('a', 16_384),
        3 => RandomControlText(),
        _ => Pick(Texts),
    };

    /// <summary>A valid code with one character changed, a case change, a length change, or the code itself with a twist.</summary>
    public string UsccLike(string? valid)
    {
        var code = valid is { Length: 18 } ? valid : "91330402MA2B3C4D5E";
        return random.Next(7) switch
        {
            0 => code[..17] + (code[17] == '0' ? '1' : '0'),     // wrong check character
            1 => code.ToLowerInvariant(),
            2 => code[..17],
            3 => code + "0",
            4 => code[..5] + 'O' + code[6..],                    // a letter GB 32100 excludes
            5 => " " + code,
            _ => Flip(code),
        };
    }

    /// <summary>An identifier with a flipped character, control characters, a path separator or an extreme length.</summary>
    public string IdLike(string? current)
    {
        var id = string.IsNullOrEmpty(current) ? "id" : current;
        return random.Next(7) switch
        {
            0 => Flip(id),
            1 => id + "/../x",
            2 => id + "\u0000",
            3 => new string('a', Pick([65, 101, 1000])),
            4 => id.ToUpperInvariant(),
            5 => id + " ",
            _ => Pick(Texts),
        };
    }

    /// <summary>An array or object nested beyond the serialiser's default depth of 64, or far beyond.</summary>
    public string DeeplyNested()
    {
        var depth = Pick([63, 65, 200, 5_000]);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    /// <summary><paramref name="text"/> with one character replaced by a random one (any plane, controls included).</summary>
    public string Flip(string text)
    {
        if (text.Length == 0) return "\u0001";
        var at = random.Next(text.Length);
        var c = random.Next(4) switch
        {
            0 => (char)random.Next(0x20),
            1 => (char)random.Next(0x20, 0x7f),
            2 => (char)random.Next(0x4e00, 0x9fff),
            _ => (char)(text[at] ^ (1 << random.Next(7))),
        };
        if (char.IsSurrogate(c)) c = '?';   // a lone surrogate cannot be serialised; RawTexts sends those
        return text[..at] + c + text[(at + 1)..];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string RandomControlText()
    {
        var chars = new char[random.Next(1, 12)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x30);
        return new string(chars);
    }
}
