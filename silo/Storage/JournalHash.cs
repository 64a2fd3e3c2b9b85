using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace QualityMap.Silo.Storage;

/// <summary>
/// The journal's hash chain. hash = lowercase hex SHA-256 over, in this order, seq, event_id,
/// kind, subject, occurred_at, received_at, payload and prev_hash, each written as a 4-byte
/// big-endian byte count followed by its UTF-8 bytes. seq is invariant decimal; the instants are
/// their UTC stored text (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>). Length prefixes make the encoding
/// unambiguous (no field can borrow bytes from its neighbour), and strings that are not valid
/// UTF-16 are rejected rather than silently replaced, so two different records never share an
/// encoding. The first record's prev_hash is <see cref="Genesis"/>.
/// </summary>
public static class JournalHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Compute(JournalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Compute(record.Seq, record.EventId, record.Kind, record.Subject, record.OccurredAt, record.ReceivedAt, record.Payload, record.PrevHash);
    }

    public static string Compute(
        long seq,
        string eventId,
        string kind,
        string subject,
        DateTimeOffset occurredAt,
        DateTimeOffset receivedAt,
        string payload,
        string prevHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendField(hash, seq.ToString(CultureInfo.InvariantCulture));
        AppendField(hash, eventId);
        AppendField(hash, kind);
        AppendField(hash, subject);
        AppendField(hash, StorageTime.ToText(occurredAt));
        AppendField(hash, StorageTime.ToText(receivedAt));
        AppendField(hash, payload);
        AppendField(hash, prevHash);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    private static void AppendField(IncrementalHash hash, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = _strictUtf8.GetByteCount(value);
        var buffer = ArrayPool<byte>.Shared.Rent(sizeof(int) + length);
        try
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer, length);
            _strictUtf8.GetBytes(value, 0, value.Length, buffer, sizeof(int));
            hash.AppendData(buffer, 0, sizeof(int) + length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
