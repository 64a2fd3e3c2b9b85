namespace QualityMap.Api.Codes.Rendering;

/// <summary>The zint executable that encodes Han Xin codes is not installed or cannot be started.</summary>
public sealed class HanXinUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
