using System.Text;

namespace QualityMap.Tests.Fuzzing;

/// <summary>The area of the API a fuzzed request is aimed at; it decides which answers are acceptable.</summary>
public enum FuzzTarget
{
    Events,
    WorkflowStep,
    Session,
    CreateAccount,
    CreateApiKey,
    RevokeApiKey,
    Verification,
}

/// <summary>
/// One generated request, kept as plain data so that a failure can print exactly what was sent. <see cref="IsSeed"/>
/// marks an unmutated valid seed, which is expected (not required) to be accepted.
/// </summary>
public sealed record FuzzRequest(
    FuzzTarget Target, string Client, HttpMethod Method, string Path, string? ContentType, byte[]? Body, string Mutation, bool IsSeed)
{
    /// <summary>Whether an accepted request of this target may change what the service stores.</summary>
    public bool MayChangeState => Target is not (FuzzTarget.Session or FuzzTarget.Verification);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            var content = new ByteArrayContent(Body);
            // Without validation, so that malformed content types reach the server as sent.
            if (ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            message.Content = content;
        }
        return message;
    }

    /// <summary>The request as a reader can replay it: method, path, client, content type and the body (escaped, cut if long).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').Append(Path).Append(" as ").Append(Client)
            .Append(" [").Append(IsSeed ? "seed" : Mutation).Append(']').AppendLine();
        text.Append("Content-Type: ").Append(ContentType ?? "(none)").AppendLine();
        if (Body is null) return text.Append("(no body)").ToString();
        text.Append("Body (").Append(Body.Length).Append(" bytes): ").Append(Printable(Body, 2000));
        return text.ToString();
    }

    /// <summary>UTF-8 with every undecodable byte as \xNN and control characters as \uNNNN, so the text survives a log.</summary>
    public static string Printable(byte[] body, int limit)
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var i = 0;
        while (i < body.Length && text.Length < limit)
        {
            var length = SequenceLength(body[i]);
            string? decoded = null;
            if (length > 0 && i + length <= body.Length)
            {
                try { decoded = decoder.GetString(body, i, length); }
                catch (DecoderFallbackException) { decoded = null; }
            }
            if (decoded is null)
            {
                text.Append($"\\x{body[i]:X2}");
                i++;
                continue;
            }
            foreach (var c in decoded)
            {
                if (char.IsControl(c) || char.IsSurrogate(c) && decoded.Length == 1) text.Append($"\\u{(int)c:X4}");
                else text.Append(c);
            }
            i += length;
        }
        if (i < body.Length) text.Append($"… ({body.Length - i} more bytes)");
        return text.ToString();
    }

    private static int SequenceLength(byte first) => first switch
    {
        < 0x80 => 1,
        >= 0xC2 and < 0xE0 => 2,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xF0 and < 0xF5 => 4,
        _ => 0,
    };
}
