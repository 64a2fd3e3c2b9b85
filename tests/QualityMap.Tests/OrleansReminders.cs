namespace QualityMap.Tests;

/// <summary>
/// Orleans' reminder service has no "deliver what is due now" call: after a test moved the manual clock, a reminder
/// that came due is delivered on the thread pool within milliseconds. Tests that must show that nothing was delivered
/// (a reminder one second early) wait this long before they look.
/// </summary>
public static class OrleansReminders
{
    private static readonly TimeSpan DeliveryAllowance = TimeSpan.FromSeconds(1);

    public static Task DeliverDueAsync() => Task.Delay(DeliveryAllowance);
}
