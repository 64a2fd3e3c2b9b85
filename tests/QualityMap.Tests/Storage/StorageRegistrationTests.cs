using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QualityMap.Silo.Storage;

namespace QualityMap.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task HostStartMigratesTheDatabaseInTheDataDirectory()
    {
        var dataDirectory = Path.Combine(_directory.FullName, "data");
        var services = new ServiceCollection().AddLogging();
        var time = new SettableClock(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));
        services.AddSingleton<TimeProvider>(time);
        services.AddQualityMapStorage(Configure(("Storage:DataDirectory", dataDirectory)));

        await using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }))
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
            }

            Assert.True(File.Exists(Path.Combine(dataDirectory, "qualitymap.db")));
            var journal = provider.GetRequiredService<IJournal>();
            var appended = await journal.AppendAsync([new JournalEntry("e", "k", "s", time.Now, "{}")]);
            Assert.Equal(time.Now, appended[0].Record.ReceivedAt);
            await provider.GetRequiredService<ICheckpointStore>().WriteAsync("dispatcher", 1);
            await provider.GetRequiredService<IGrainStateStore>().WriteAsync("g", "k", "{}", 0);
            Assert.Same(journal, provider.GetRequiredService<IJournal>());
        }

        await using var reopened = SqliteStorage.Open(Path.Combine(dataDirectory, "qualitymap.db"));
        Assert.Equal(1, await reopened.Journal.LastSeqAsync());
    }

    [Fact]
    public async Task AnUnknownProviderFailsValidation()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddQualityMapStorage(Configure(("Storage:Provider", "oracle"), ("Storage:DataDirectory", _directory.FullName)));
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<IJournal>());
    }

    private static IConfiguration Configure(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
