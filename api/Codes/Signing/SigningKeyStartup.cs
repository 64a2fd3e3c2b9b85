using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace QualityMap.Api.Codes.Signing;

/// <summary>
/// Fills an empty key ring as the host starts (with the key file an earlier version generated, or a new key) and
/// checks it against the configured keys: a damaged key file or a clashing key id must stop the service, not fail
/// the public page.
/// </summary>
public sealed class SigningKeyStartup(CodeSigner signer, IOptions<CodesOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await signer.Keys.EnsureAsync(LegacySigningKeyFile.Load(options.Value.KeyDirectory!), "start-up");
        await signer.RingAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
