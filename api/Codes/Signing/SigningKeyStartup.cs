using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// Loads, or on first start generates, the signing keys as the host starts rather than at the first scan: a damaged
/// key file must stop the service, not fail the public page.
/// </summary>
public sealed class SigningKeyStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<SigningKeyRing>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
