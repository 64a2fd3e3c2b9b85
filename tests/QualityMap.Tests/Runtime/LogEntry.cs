using Microsoft.Extensions.Logging;

namespace QualityMap.Tests.Runtime;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
