using System.Globalization;
using QualityMap.Api.Epcis;
using QualityMap.Grains.Trace;

namespace QualityMap.Silo.Storage;

/// <summary>The trace_flow table over plain ADO.NET: written through the single writer, summed by the database.</summary>
internal sealed class AdoTraceIndex(StorageEngine engine) : ITraceIndex
{
    public Task RecordAsync(long seq, DateTimeOffset eventTime, IReadOnlyList<FlowLine> lines, CancellationToken ct = default)
    {
        if (lines.Count == 0) return Task.CompletedTask;
        var time = eventTime.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        return engine.WriteAsync(async context =>
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                await using var command = context.CreateCommand("""
                    INSERT INTO trace_flow (seq, line, batch_key, party, step, quantity, counterparty, event_time)
                    VALUES (@seq, @line, @batch, @party, @step, @quantity, @counterparty, @time) ON CONFLICT (seq, line) DO NOTHING;
                    """);
                command.AddParameter("@seq", seq);
                command.AddParameter("@line", i);
                command.AddParameter("@batch", line.Batch.GrainKey);
                command.AddParameter("@party", line.PartyUscc);
                command.AddParameter("@step", line.Step);
                command.AddParameter("@quantity", line.Quantity);
                command.AddParameter("@counterparty", line.CounterpartyUscc);
                command.AddParameter("@time", time);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }, ct);
    }

    public Task<IReadOnlyList<HolderFlow>> HoldersAsync(BatchKey batch, CancellationToken ct = default) =>
        engine.ReadAsync<IReadOnlyList<HolderFlow>>(async connection =>
        {
            await using var command = connection.CreateCommand(null, """
                SELECT party, step, counterparty, SUM(quantity), MAX(event_time) FROM trace_flow
                WHERE batch_key = @batch GROUP BY party, step, counterparty;
                """);
            command.AddParameter("@batch", batch.GrainKey);
            var rows = new List<(string Party, string Step, string? From, decimal Quantity, DateTimeOffset At)>();
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    Convert.ToDecimal(reader.GetValue(3), CultureInfo.InvariantCulture),
                    DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
            }
            return [.. rows.GroupBy(r => r.Party).Select(party => new HolderFlow(
                party.Key,
                Sum(party, TradeSteps.Receiving), Sum(party, TradeSteps.Shipping), Sum(party, TradeSteps.RetailSelling),
                party.Max(r => r.At),
                [.. party.Where(r => r.Step == TradeSteps.Receiving && r.From is not null && r.Quantity > 0).Select(r => r.From!).Distinct().Order()]))
                .OrderBy(h => h.PartyUscc, StringComparer.Ordinal)];
        }, ct);

    private static decimal Sum(IEnumerable<(string Party, string Step, string? From, decimal Quantity, DateTimeOffset At)> rows, string step) =>
        rows.Where(r => r.Step == step).Sum(r => r.Quantity);
}
