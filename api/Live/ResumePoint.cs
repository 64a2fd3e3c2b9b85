namespace QualityMap.Api.Live;

/// <summary>Where a client left off: the epoch and the sequence of the last message it applied.</summary>
public sealed record ResumePoint(string Epoch, long Seq);
