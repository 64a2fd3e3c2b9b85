using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace QualityMap.Api.Codes.Rendering;

/// <summary>
/// Han Xin code (GB/T 21049, DB3304/T 056 §5.1.2) encoded by the zint CLI (Debian package zint). zint only
/// encodes: its <c>--dump</c> output is the module matrix, drawn by the same writers as the QR code so both
/// symbologies share colours, sizes, quiet zones and the label.
/// </summary>
public sealed class HanXinEncoder(IOptions<CodesOptions> options)
{
    private const string HanXinBarcode = "116";
    // Level 3 of 4 (about 23 % recovery), the counterpart of QR level Q.
    private const string ErrorCorrectionLevel = "3";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly string _zint = options.Value.ZintPath;

    /// <summary>Whether zint can be found; checked at every use, so installing it needs no restart.</summary>
    public bool IsAvailable() =>
        _zint.Contains(Path.DirectorySeparatorChar)
            ? File.Exists(_zint)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, _zint)));

    /// <exception cref="HanXinUnavailableException">zint is missing.</exception>
    public async Task<ModuleMatrix> EncodeAsync(string payload, CancellationToken cancellationToken)
    {
        if (!IsAvailable()) throw new HanXinUnavailableException($"The Han Xin encoder '{_zint}' is not installed (Debian package zint).");
        var start = new ProcessStartInfo(_zint)
        {
            ArgumentList = { "--barcode=" + HanXinBarcode, "--secure=" + ErrorCorrectionLevel, "--dump", "--data=" + payload },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new HanXinUnavailableException($"'{_zint}' did not start.");
        }
        catch (Win32Exception e)
        {
            throw new HanXinUnavailableException($"'{_zint}' cannot be started: {e.Message}", e);
        }
        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"zint failed ({process.ExitCode}): {(await error).Trim()}");
            return ParseDump(await output);
        }
    }

    /// <summary>zint's dump: one line per row, the modules as hexadecimal bytes, most significant bit first.</summary>
    public static ModuleMatrix ParseDump(string dump)
    {
        var rows = dump.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(hex => byte.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var size = rows.Length;
        if (size == 0 || rows.Any(r => r.Length * 8 < size)) throw new InvalidOperationException("zint's dump is not a square symbol.");
        return new ModuleMatrix(size, (x, y) => (rows[y][x / 8] & (0x80 >> (x % 8))) != 0);
    }
}
