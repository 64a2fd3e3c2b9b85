namespace QualityMap.Grains.Regions;

/// <summary>
/// A region's one propagation loop. A request for a round joins the round that has not begun yet, or starts the
/// loop; a round runs on everything changed until it begins, so requests that come while one is under way share the
/// next one. A requester's task completes when a round that began after its request has completed (or failed: then
/// <see cref="LastFailed"/> makes the next request run a round even if nothing changed).
/// Used only on the grain's own scheduler, one turn at a time: no locks.
/// </summary>
internal sealed class Propagation
{
    private Round? _next;
    private bool _running;

    /// <summary>The last round failed: what it carried has not reached the parent.</summary>
    public bool LastFailed { get; private set; }

    public Task Request(Func<Task> round)
    {
        _next ??= new Round(ExecutionContext.Capture());
        var waiting = _next.Done.Task;
        if (!_running) _ = RunAsync(round);
        return waiting;
    }

    private async Task RunAsync(Func<Task> round)
    {
        _running = true;
        try
        {
            while (_next is { } current)
            {
                _next = null;
                try
                {
                    await current.Start(round);
                    LastFailed = false;
                    current.Done.SetResult();
                }
                catch (Exception exception)
                {
                    LastFailed = true;
                    current.Done.SetException(exception);
                }
            }
        }
        finally
        {
            _running = false;
        }
    }

    // Runs with the request context of the round's first requester, so what the round does (its grain calls, the
    // map-update latency metric) is attributed to the oldest change it carries, not to whichever request began the loop.
    private sealed class Round(ExecutionContext? context)
    {
        public TaskCompletionSource Done { get; } = new();

        public Task Start(Func<Task> round)
        {
            if (context is null) return round();
            Task started = null!;
            ExecutionContext.Run(context, _ => started = round(), null);
            return started;
        }
    }
}
