namespace QualityMap.Tests.OrleansProviders;

public static class Poll
{
    /// <summary>Waits until <paramref name="condition"/> holds, checking every 50 ms; fails after the deadline.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {seconds} s: {what}");
            }

            await Task.Delay(50);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, int seconds = 20) =>
        UntilAsync(() => Task.FromResult(condition()), what, seconds);
}
