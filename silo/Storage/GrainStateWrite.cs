namespace QualityMap.Silo.Storage;

/// <summary>
/// One state of a bulk write: the stored version must be <see cref="ExpectedVersion"/> (0: must not exist yet) and
/// becomes <see cref="NewVersion"/>, which is higher by the number of writes coalesced into this one.
/// </summary>
public sealed record GrainStateWrite(string GrainType, string Key, string Payload, long ExpectedVersion, long NewVersion);
