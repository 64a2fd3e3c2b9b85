using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using QualityMap.Api.Ingestion;
using QualityMap.Api.Problems;

namespace QualityMap.Api.Apis;

/// <summary>
/// Reads JSON request bodies for every endpoint that takes one, so that each refuses a bad body the same way: 415 for
/// a content type that is not JSON or not UTF-8, 413 beyond the size limit, 400 <c>malformed-json</c> naming the field
/// for anything that does not read as the expected JSON — never an exception, which would answer 5xx.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>. Content-Length is not trusted (it may be absent or chunked).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The bytes of a JSON body, checked to be UTF-8 (RFC 8259 §8.1): the JSON reader does not check the bytes inside
    /// strings and names, and reading such a string later throws.
    /// </summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadJsonBytesAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            return (null, Problem.Of(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                "Unsupported media type", "Send the body as application/json.", "Content-Type", "application-json"));
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.Charset.HasValue
            && !string.Equals(mediaType.Charset.Value.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase))
            return (null, Problem.Of(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                "Unsupported charset", $"JSON is UTF-8; the content type names charset '{mediaType.Charset}'.", "Content-Type", "utf-8"));
        var body = await ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
            return (null, Problem.Of(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "Request body too large",
                $"The request body exceeds {maxBytes} bytes.", "body", "max-bytes"));
        if (!Utf8.IsValid(body))
            return (null, Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON",
                "The body is not valid UTF-8.", "body", "utf-8"));
        return (body, null);
    }

    /// <summary>
    /// A JSON body as <typeparamref name="T"/> with the API's serializer options (camelCase, snake_case enums), limited
    /// to <see cref="IngestionOptions.MaxBodyBytes"/>; a value the type cannot hold is refused naming its field.
    /// </summary>
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var services = request.HttpContext.RequestServices;
        var maxBytes = services.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxBodyBytes;
        var (bytes, refused) = await ReadJsonBytesAsync(request, maxBytes, cancellationToken);
        if (refused is not null) return (null, refused);
        try
        {
            var body = JsonSerializer.Deserialize<T>(bytes, services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
            return body is null ? (null, Missing("body")) : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON",
                $"The body is not valid JSON for this request: {exception.Message}", FieldOf(exception), "json"));
        }
        catch (InvalidOperationException exception)
        {
            // A string escape that is not Unicode text (a lone surrogate such as \ud800) is valid JSON that no string can hold.
            return (null, Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON",
                $"The body holds text that is not valid Unicode: {exception.Message}", "body", "unicode"));
        }
    }

    public static ProblemHttpResult Missing(string field) =>
        Problem.Of(StatusCodes.Status400BadRequest, ProblemTypes.InvalidBody, "Missing field", $"The body needs \"{field}\".", field, "required");

    /// <summary>The camelCase field a JSON error is about ("$.samples[0].batchesFailed" → "samples[0].batchesFailed").</summary>
    private static string FieldOf(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
}
