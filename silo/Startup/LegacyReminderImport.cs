using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Reminders;
using QualityMap.Silo.Storage;

namespace QualityMap.Silo.Startup;

/// <summary>
/// Carries the due times a data directory or database of the version before Orleans holds (evidence ageing out,
/// warning deadlines, alert re-sends, digests) into Orleans' reminder table, before the silo starts and reads it. It
/// writes through Orleans' own reminder table, so grain ids and ring hashes are Orleans' own; then it empties the old
/// table, so a later start finds nothing to import. A crash in between imports again, which overwrites the same rows.
/// </summary>
internal sealed class LegacyReminderImport(LegacyReminderStore legacy, IReminderTable reminders, ILogger<LegacyReminderImport> logger)
    : IHostedService
{
    // Grain class name (the old table's grain_type) → Orleans grain type, from the grain classes' [GrainType].
    private static readonly IReadOnlyDictionary<string, GrainType> GrainTypes = typeof(EnterpriseGrain).Assembly.GetTypes()
        .Select(t => (Type: t, Attribute: t.GetCustomAttribute<GrainTypeAttribute>()))
        .Where(t => t.Attribute is not null)
        .ToDictionary(t => t.Type.Name, t => t.Attribute!.GetGrainType(null!, t.Type), StringComparer.Ordinal);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stored = await legacy.ReadAllAsync(cancellationToken);
        if (stored.Count == 0) return;
        await reminders.StartAsync(cancellationToken);
        foreach (var reminder in stored)
        {
            if (!GrainTypes.TryGetValue(reminder.GrainClass, out var grainType))
            {
                logger.LogWarning("A stored reminder of unknown grain class {Class} ({Key}, {Name}) is dropped", reminder.GrainClass, reminder.Key, reminder.Name);
                continue;
            }
            await reminders.UpsertRow(new ReminderEntry
            {
                GrainId = GrainId.Create(grainType, reminder.Key),
                ReminderName = reminder.Name,
                StartAt = reminder.DueAt.UtcDateTime,
                Period = OneShotReminders.RetryPeriod,
            });
        }
        await legacy.DeleteAllAsync(cancellationToken);
        logger.LogInformation("Imported {Count} due times of the previous version into Orleans' reminders", stored.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
