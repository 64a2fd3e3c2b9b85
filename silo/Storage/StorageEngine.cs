using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace QualityMap.Silo.Storage;

/// <summary>
/// The single writer. SQLite admits one writer at a time, so every write of every store is
/// queued here and one loop drains it: whatever is queued at that moment (up to
/// <see cref="MaxBatchSize"/>) runs in ONE transaction, each operation under its own savepoint
/// so a failing operation fails only its caller, and every caller is released only after COMMIT
/// returned. Concurrent callers thereby share one fsync (group commit). Reads bypass the queue
/// on their own connections, which WAL lets run beside the writer.
/// </summary>
internal sealed class StorageEngine : IAsyncDisposable, IDisposable
{
    public const int MaxBatchSize = 512;

    // Bounded so a stalled disk pushes back on producers instead of growing memory.
    private const int QueueCapacity = 16_384;
    private const string Savepoint = "write_op";

    private readonly IStorageDialect _dialect;
    private readonly StorageMigrator _migrator;
    private readonly ILogger _logger;
    private readonly Channel<WriteOperation> _queue = Channel.CreateBounded<WriteOperation>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _loop;
    private long _committedTransactions;
    private volatile bool _disposed;

    public StorageEngine(IStorageDialect dialect, StorageMigrator migrator, ILogger<StorageEngine> logger)
    {
        _dialect = dialect;
        _migrator = migrator;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed by the writer loop; fewer than writes when group commit works.</summary>
    public long CommittedTransactions => Interlocked.Read(ref _committedTransactions);

    /// <summary>
    /// Queues <paramref name="work"/> and completes once its batch committed. Cancellation is
    /// honoured while the operation waits in the queue, not after its batch started.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<WriteContext, Task<T>> work, CancellationToken ct)
    {
        var operation = new WriteOperation<T>(work, ct);
        await EnqueueAsync(operation, ct).ConfigureAwait(false);
        return await operation.Task.ConfigureAwait(false);
    }

    /// <summary>Queues a grain state write, stored together with the batch's other state writes; completes with the new version.</summary>
    public async Task<long> WriteStateAsync(GrainStateWrite write, Func<WriteContext, IReadOnlyList<GrainStateWrite>, Task> store, CancellationToken ct)
    {
        var operation = new GrainStateWriteOperation(write, store, ct);
        await EnqueueAsync(operation, ct).ConfigureAwait(false);
        return await operation.Task.ConfigureAwait(false);
    }

    private async Task EnqueueAsync(WriteOperation operation, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            await _queue.Writer.WriteAsync(operation, ct).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(StorageEngine));
        }
    }

    public Task WriteAsync(Func<WriteContext, Task> work, CancellationToken ct) =>
        WriteAsync(async context =>
        {
            await work(context).ConfigureAwait(false);
            return true;
        }, ct);

    /// <summary>A connection for reading, after the schema is known to be current.</summary>
    private async Task<DbConnection> OpenReaderAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            await _migrator.EnsureMigratedAsync(ct).ConfigureAwait(false);
            return await _dialect.OpenReaderAsync(ct).ConfigureAwait(false);
        }
        catch (Exception error) when (!ct.IsCancellationRequested && Classify(error) is StorageUnavailableException unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>
    /// Runs a read on its own connection. A fault of the database while reading becomes
    /// <see cref="StorageUnavailableException"/> as it does for writes, so every reader (the dispatcher, grain
    /// activation, an HTTP request) can wait out an outage instead of failing on a provider's exception.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        try
        {
            return await read(connection).ConfigureAwait(false);
        }
        catch (Exception error) when (!ct.IsCancellationRequested && Classify(error) is StorageUnavailableException unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>Stops accepting writes, lets the loop commit everything already queued, then returns.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var batch = new List<WriteOperation>(MaxBatchSize);
        DbConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var operation))
                {
                    batch.Add(operation);
                }

                try
                {
                    connection ??= await OpenWriterAsync().ConfigureAwait(false);
                    await CommitBatchAsync(connection, batch).ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    // Nothing of this batch is durable, so nobody in it may be acknowledged. (When the connection
                    // dropped during COMMIT the outcome is unknown: the callers hear "unavailable", retry, and the
                    // journal answers "duplicate" for what did land.)
                    _logger.LogError(error, "Storage write batch of {Count} operations failed", batch.Count);
                    var failure = Classify(error);
                    foreach (var operation in batch)
                    {
                        operation.Fail(failure);
                    }

                    // The connection may be unusable (I/O error, lost lock); the next batch reopens it.
                    await DiscardAsync(connection).ConfigureAwait(false);
                    connection = null;
                }

                batch.Clear();
            }
        }
        catch (Exception error)
        {
            // Unreachable in practice; if it happens, writers must fail rather than wait forever.
            _logger.LogCritical(error, "Storage writer loop stopped");
            _queue.Writer.TryComplete(error);
            while (_queue.Reader.TryRead(out var operation))
            {
                operation.Fail(error);
            }
        }
        finally
        {
            await DiscardAsync(connection).ConfigureAwait(false);
        }
    }

    private async Task<DbConnection> OpenWriterAsync()
    {
        await _migrator.EnsureMigratedAsync(CancellationToken.None).ConfigureAwait(false);
        return await _dialect.OpenWriterAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task CommitBatchAsync(DbConnection connection, List<WriteOperation> batch)
    {
        var started = new List<WriteOperation>(batch.Count);
        foreach (var operation in batch)
        {
            if (operation.IsCancellationRequested)
            {
                operation.Cancel();
            }
            else
            {
                started.Add(operation);
            }
        }

        if (started.Count == 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var context = new WriteContext(connection, transaction, _dialect.LockJournalTailSql);
        var written = new List<WriteOperation>(started.Count);
        var states = started.OfType<GrainStateWriteOperation>().ToList();
        if (states.Count > 1 && await TryStoreTogetherAsync(transaction, context, states).ConfigureAwait(false))
        {
            written.AddRange(states);
            started.RemoveAll(o => o is GrainStateWriteOperation);
        }

        foreach (var operation in started)
        {
            await transaction.SaveAsync(Savepoint).ConfigureAwait(false);
            try
            {
                await operation.ExecuteAsync(context).ConfigureAwait(false);
                await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                written.Add(operation);
            }
            catch (Exception error)
            {
                // Undo this caller's partial work only; the rest of the batch still commits.
                await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
                await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
                operation.Fail(Classify(error));
            }
        }

        if (written.Count == 0)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
            return;
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _committedTransactions);
        foreach (var operation in written)
        {
            operation.Complete();
        }
    }

    // Concurrent callers' writes of one batch are independent (each caller waits for its own commit before its next
    // write), so their order inside the transaction does not matter. False (and nothing of it kept) when any failed:
    // the caller then stores them one savepoint each, to fail only the write at fault.
    private async Task<bool> TryStoreTogetherAsync(DbTransaction transaction, WriteContext context, List<GrainStateWriteOperation> states)
    {
        await transaction.SaveAsync(Savepoint).ConfigureAwait(false);
        try
        {
            await GrainStateWriteOperation.StoreTogether(context, states).ConfigureAwait(false);
            await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (!IsUnavailable(error))
        {
            _logger.LogDebug(error, "Storing {Count} grain states together failed; storing them one by one", states.Count);
            await transaction.RollbackAsync(Savepoint).ConfigureAwait(false);
            await transaction.ReleaseAsync(Savepoint).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>A fault of the database (not of the request) becomes <see cref="StorageUnavailableException"/>.</summary>
    private Exception Classify(Exception error)
    {
        if (error is StorageUnavailableException || !IsUnavailable(error))
        {
            return error;
        }

        _dialect.OnUnavailable();
        return new StorageUnavailableException(error);
    }

    // A broken connection may surface as e.g. ObjectDisposedException wrapping the server's error.
    private bool IsUnavailable(Exception? error) =>
        error is not null && (_dialect.IsUnavailable(error) || IsUnavailable(error.InnerException));

    private async Task DiscardAsync(DbConnection? connection)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _logger.LogWarning(error, "Closing the storage writer connection failed");
        }
    }
}
