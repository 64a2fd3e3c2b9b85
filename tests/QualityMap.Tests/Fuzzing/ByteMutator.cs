using System.Text;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// Mutates the bytes of a body and the content type it is sent with: truncated JSON, invalid UTF-8, a flipped bit,
/// a byte-order mark, trailing garbage, a second document, and content types that are wrong or only nearly right.
/// </summary>
public sealed class ByteMutator(Random random)
{
    // Each is invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong '/', an encoded surrogate, bytes never used.
    private static readonly byte[][] InvalidUtf8 =
    [
        [0x80], [0xC3], [0xE4, 0xB8], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE, 0xFF],
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=latin1", "application/json; charset=utf-16", "application/json; charset=utf-32",
        "application/json; charset=nonsense", "application/json; charset=", "application/json;;;", "application/json+x",
        "application/problem+json", "application/vnd.api+json", "text/json", "APPLICATION/JSON", "*/*", "application/", "json",
        "application/json\u0000", "application/json; charset=\"utf-8\"",
    ];

    public byte[] Mutate(byte[] body, out string description)
    {
        switch (random.Next(9))
        {
            case 0:
                var cut = body.Length == 0 ? 0 : random.Next(body.Length);
                description = $"truncate at {cut}";
                return body[..cut];
            case 1:
                var sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
                var at = InsideAString(body);
                description = $"invalid UTF-8 {Convert.ToHexString(sequence)} at {at}";
                return [.. body[..at], .. sequence, .. body[at..]];
            case 2 when body.Length > 0:
                var flip = random.Next(body.Length);
                var copy = (byte[])body.Clone();
                copy[flip] ^= (byte)(1 << random.Next(8));
                description = $"flip a bit of byte {flip}";
                return copy;
            case 3:
                description = "byte-order mark";
                return [0xEF, 0xBB, 0xBF, .. body];
            case 4:
                var garbage = Encoding.UTF8.GetBytes(random.Next(4) switch { 0 => "}", 1 => ",", 2 => " {\"events\":[]}", _ => "\u0000" });
                description = "trailing garbage";
                return [.. body, .. garbage];
            case 5:
                description = "empty body";
                return [];
            case 6:
                description = "whitespace padding";
                return [.. Encoding.ASCII.GetBytes(new string(' ', random.Next(1, 70_000))), .. body];
            case 7:
                var noise = new byte[random.Next(1, 64)];
                random.NextBytes(noise);
                description = "random bytes";
                return noise;
            default:
                description = "UTF-16 body";
                return Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(body));
        }
    }

    /// <summary>A content type other than application/json, or null for none.</summary>
    public string? ContentType() => ContentTypes[random.Next(ContentTypes.Length)];

    // Invalid bytes inside a string value exercise the decoder rather than the tokenizer; after an opening quote.
    private int InsideAString(byte[] body)
    {
        var quotes = Enumerable.Range(0, body.Length).Where(i => body[i] == (byte)'"').ToList();
        return quotes.Count == 0 ? random.Next(body.Length + 1) : quotes[random.Next(quotes.Count)] + 1;
    }
}
