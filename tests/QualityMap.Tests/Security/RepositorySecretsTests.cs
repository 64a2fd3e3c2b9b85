using System.Text.RegularExpressions;
using QualityMap.Tests.Operations;

namespace QualityMap.Tests.Security;

/// <summary>
/// Nothing secret or runtime-made is tracked: a data directory holds the database, the code-signing key and the
/// session keys, and whoever holds a tracked signing key can forge a green code for a red enterprise.
/// </summary>
public sealed partial class RepositorySecretsTests
{
    [Fact]
    public async Task NoTrackedFileIsAKeyADatabaseOrInADataDirectory()
    {
        var listing = await ExternalTool.RunAsync("git", ["ls-files"], Repository.Root);
        Assert.True(listing.ExitCode == 0, $"git ls-files failed: {listing}");
        var tracked = listing.Output;
        var offending = tracked.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(path => SecretOrRuntimeData().IsMatch(path)).ToList();
        Assert.True(offending.Count == 0, "Tracked secrets or runtime data (remove them from the tree):\n" + string.Join("\n", offending));
    }

    /// <summary>What a service or a test writes at run time is ignored wherever its data directory sits.</summary>
    [Theory]
    [InlineData("data/qualitymap.db")]
    [InlineData("silo/data/code-signing-key.json")]
    [InlineData("silo/data/session-keys/key-32cda20a-609f-4626-b0d9-58b913ce0682.xml")]
    [InlineData("api/data/anything")]
    [InlineData("somewhere/qualitymap.db-wal")]
    [InlineData("somewhere/qualitymap.db-shm")]
    [InlineData("elsewhere/code-signing-key.json")]
    [InlineData("elsewhere/session-keys/key-1.xml")]
    [InlineData("deploy/tls.pfx")]
    [InlineData("deploy/tls.key")]
    public async Task RuntimeDataAndKeysAreIgnoredWhereverTheySit(string path)
    {
        var result = await ExternalTool.RunAsync("git", ["check-ignore", "--no-index", "-v", path], Repository.Root);
        Assert.True(result.ExitCode == 0, $"{path} is not ignored by .gitignore ({result})");
    }

    [GeneratedRegex(@"(^|/)(data|session-keys)/|\.(db|sqlite)(-\w+)?$|\.(pem|pfx|p12|key)$|key[^/]*\.(json|xml)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretOrRuntimeData();
}
