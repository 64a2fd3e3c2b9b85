using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace QualityMap.Tests.Security;

/// <summary>
/// The whole silo on a loopback Kestrel port over HTTPS, with a self-signed certificate made here (the test machine
/// has no developer certificate), to see what only HTTPS answers carry: HSTS and Secure cookies.
/// </summary>
public sealed class TlsSiloHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly X509Certificate2 _certificate = SelfSigned();

    public TlsSiloHost(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        StartServer();
        TestCredentials.ProvisionAsync(Services).GetAwaiter().GetResult();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary><c>https://127.0.0.1:{port}</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client that trusts exactly this host's certificate and hands cookies back to the test untouched.</summary>
    public HttpClient NewClient()
    {
        var handler = new SocketsHttpHandler { UseCookies = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString();
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _certificate.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Re-imported from PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
