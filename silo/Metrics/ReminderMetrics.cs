using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Metrics;

/// <summary>
/// The durable due times: how many are stored for the service and how many of those are past due (read from Orleans'
/// reminder table every <see cref="CountInterval"/>, so a scrape never queries the database), and how many ticks were
/// delivered or failed, counted by an incoming grain call filter on <see cref="IRemindable.ReceiveReminder"/> on this silo.
/// </summary>
internal sealed class ReminderMetrics : BackgroundService, IIncomingGrainCallFilter
{
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(5);

    private readonly ReminderTableCounter _counter;
    private readonly string _serviceId;
    private readonly TimeProvider _time;
    private readonly ILogger<ReminderMetrics> _logger;
    private long _pending;
    private long _due;
    private long _fired;
    private long _failed;

    public ReminderMetrics(ReminderTableCounter counter, IOptions<ClusterOptions> cluster, TimeProvider time, IMeterFactory meters, ILogger<ReminderMetrics> logger)
    {
        _counter = counter;
        _time = time;
        _serviceId = cluster.Value.ServiceId;
        _logger = logger;
        var meter = meters.Create(QualityMapMeter.Name);
        meter.CreateObservableGauge("qualitymap_reminders_pending", () => Interlocked.Read(ref _pending),
            description: "Durable reminders stored for the service (e.g. the moment an enterprise's evidence ages out).");
        meter.CreateObservableGauge("qualitymap_reminders_due", () => Interlocked.Read(ref _due),
            description: "Stored reminders whose due time has passed and that have not been handled yet (waiting for delivery or a retry).");
        meter.CreateObservableCounter("qualitymap_reminders_fired_total", () => Interlocked.Read(ref _fired),
            description: "Reminder ticks delivered to their grain on this silo.");
        meter.CreateObservableCounter("qualitymap_reminder_failures_total", () => Interlocked.Read(ref _failed),
            description: "Reminder ticks whose grain failed on this silo; the reminder ticks again one retry period later.");
    }

    // Every grain call passes here: the others go straight through, without a state machine of their own.
    public Task Invoke(IIncomingGrainCallContext context) =>
        context.InterfaceMethod?.Name == nameof(IRemindable.ReceiveReminder) && context.InterfaceMethod.DeclaringType == typeof(IRemindable)
            ? CountTickAsync(context)
            : context.Invoke();

    private async Task CountTickAsync(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
            Interlocked.Increment(ref _fired);
        }
        catch
        {
            Interlocked.Increment(ref _failed);
            throw;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CountInterval);
        do
        {
            try
            {
                var (stored, due) = await _counter.CountAsync(_serviceId, _time.GetUtcNow(), stoppingToken);
                Interlocked.Exchange(ref _pending, stored);
                Interlocked.Exchange(ref _due, due);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogDebug(exception, "Reminders could not be counted");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
