namespace QualityMap.Grains.Runtime;

/// <summary>
/// The caller does not wait for the call to run: the returned task completes once the call is queued
/// on the target's mailbox. Used for notifications up the region tree, so a child never awaits its parent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute;
