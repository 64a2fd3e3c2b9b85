using System.Text;
using System.Text.Json.Nodes;

namespace QualityMap.Tests.Fuzzing;

/// <summary>
/// The next request of a run: an endpoint, a valid seed for it, and (mostly) a mutation of its body, bytes, content
/// type or path. Everything comes from one seeded <see cref="Random"/>, so a seed and an iteration name a request.
/// </summary>
public sealed class FuzzCaseGenerator
{
    private const string Json = "application/json";

    private readonly Random _random;
    private readonly FuzzWorld _world;
    private readonly int _iterations;
    private readonly (string Login, string Password) _administrator;
    private readonly NastyValues _nasty;
    private readonly JsonMutator _json;
    private readonly ByteMutator _bytes;
    private readonly EventSeeds _events;
    private readonly WorkflowSeeds _workflow;
    private readonly AccountSeeds _accounts;

    public FuzzCaseGenerator(int seed, FuzzWorld world, int iterations, (string Login, string Password) administrator)
    {
        _random = new Random(seed);
        _world = world;
        _iterations = iterations;
        _administrator = administrator;
        _nasty = new NastyValues(_random);
        _json = new JsonMutator(_random, _nasty);
        _bytes = new ByteMutator(_random);
        _events = new EventSeeds(_random, world);
        _workflow = new WorkflowSeeds(_random, world);
        _accounts = new AccountSeeds(_random, world);
    }

    public FuzzRequest Next(int iteration)
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 30 => WithBody(FuzzTarget.Events, "ingest-client", "/api/events", _events.Batch()),
            < 66 => WorkflowStep(iteration),
            < 82 => Verification(),
            < 86 => WithBody(FuzzTarget.Session, AccountSeeds.Public, "/api/session", _accounts.SignIn(_administrator.Login, _administrator.Password)),
            < 92 => WithBody(FuzzTarget.CreateAccount, AccountSeeds.Administrator, "/api/admin/accounts", _accounts.NewAccount()),
            < 96 => WithBody(FuzzTarget.CreateApiKey, AccountSeeds.Administrator, $"/api/admin/accounts/{Segment(_accounts.KeyOwner())}/api-keys", _accounts.NewKey()),
            _ => RevokeKey(),
        };
    }

    private FuzzRequest WorkflowStep(int iteration)
    {
        // Lift ends the workflow, so it is offered only in the last part of a run; before, the stages get walked.
        var lifting = iteration >= _iterations * 85 / 100;
        var steps = lifting ? [.. WorkflowSeeds.Steps, "lift"] : WorkflowSeeds.Steps;
        var allowed = _world.AllowedSteps.Where(s => lifting || s != "lift").ToList();
        var step = allowed.Count > 0 && _random.Next(2) == 0 ? _nasty.Pick(allowed) : _nasty.Pick(steps);
        var (client, body) = _workflow.For(step);
        // Now and then the wrong bureau: the other level (403 forbidden) or another county (403 out-of-scope).
        var who = _random.Next(100);
        if (who < 10) client = client == WorkflowSeeds.County ? WorkflowSeeds.City : WorkflowSeeds.County;
        else if (who < 14) client = WorkflowSeeds.OtherCounty;
        var id = _random.Next(20) == 0 ? _nasty.IdLike(_world.WarningId) : _world.WarningId;
        var request = WithBody(FuzzTarget.WorkflowStep, client, $"/api/warnings/{Segment(id)}/{step}", body);
        return who < 14 || id != _world.WarningId ? request with { IsSeed = false, Mutation = $"{request.Mutation}; as {client}, warning '{id}'" } : request;
    }

    private FuzzRequest RevokeKey()
    {
        var keyId = _accounts.OwnKeyId() ?? "no-such-key";
        var path = _random.Next(3) == 0 ? $"/api/admin/api-keys/{Segment(_nasty.IdLike(keyId))}" : $"/api/admin/api-keys/{keyId}";
        var seed = path.EndsWith("/" + keyId, StringComparison.Ordinal);
        return new FuzzRequest(FuzzTarget.RevokeApiKey, AccountSeeds.Administrator, HttpMethod.Delete, path, null, null, seed ? "" : "key id", seed);
    }

    /// <summary>A signed token as printed, or one damaged the ways a scan, a copy or an attacker damages it.</summary>
    private FuzzRequest Verification()
    {
        var token = _world.Tokens[_random.Next(_world.Tokens.Count)];
        var (path, mutation) = _random.Next(12) switch
        {
            0 => ("/v/" + token, ""),
            1 => ("/v/" + Segment(_nasty.Flip(token)), "flip a character"),
            2 => ("/v/" + token[.._random.Next(token.Length)], "truncate"),
            3 => ("/v/" + token + _nasty.Pick(["x", "=", "==", ".", "%01", "%20"]), "append"),
            4 => ("/v/" + token + "/" + _nasty.Pick(["x", "..", "%2F", "v", token]), "extra segment"),
            5 => ("/v/" + string.Join('.', token.Split('.').Select((p, i) => i == 1 ? _nasty.Pick(["k2", "", "K1", "a/b", "../k1"]) : p)), "key id"),
            6 => ("/v/" + token.ToUpperInvariant(), "upper case"),
            7 => ("/v/" + token.Replace(".", "%2E", StringComparison.Ordinal), "percent-encoded dots"),
            8 => ("/v/" + Segment(_nasty.Text()), "text"),
            9 => ("/v/" + string.Join('.', token.Split('.').Select((p, i) => i == 0 ? Segment(_nasty.UsccLike(p)) : p)), "code of the token"),
            10 => ("/v/" + Flipped(token), "flip a bit"),
            _ => ("/v/" + _nasty.Pick(["", ".", "..", "...", "a.b.c.d", new string('A', 10_000), "%ZZ", "%", token + "." + token]), "shape"),
        };
        return new FuzzRequest(FuzzTarget.Verification, AccountSeeds.Public, HttpMethod.Get, path, null, null, mutation, mutation == "");
    }

    /// <summary>A request with a JSON body: the seed as is, or mutated in its structure, its bytes, its content type or its path.</summary>
    private FuzzRequest WithBody(FuzzTarget target, string client, string path, JsonObject seed)
    {
        var roll = _random.Next(100);
        if (roll < 15) return new FuzzRequest(target, client, HttpMethod.Post, path, Json, _json.Serialize(seed), "", true);
        if (roll < 70)
        {
            var body = _json.Mutate(seed, out var mutation);
            return new FuzzRequest(target, client, HttpMethod.Post, path, Json, body, mutation, false);
        }
        if (roll < 85)
        {
            var start = _random.Next(2) == 0 ? _json.Serialize(seed) : _json.Mutate(seed, out _);
            var body = _bytes.Mutate(start, out var mutation);
            return new FuzzRequest(target, client, HttpMethod.Post, path, Json, body, mutation, false);
        }
        if (roll < 94)
        {
            var contentType = _bytes.ContentType();
            return new FuzzRequest(target, client, HttpMethod.Post, path, contentType, _json.Serialize(seed), $"content type {contentType ?? "(none)"}", false);
        }
        var extra = _nasty.Pick(["/x", "/", "//", "/..", "/%2F", "/" + Uri.EscapeDataString("预警"), "?x=1", "/" + new string('a', 3000)]);
        return new FuzzRequest(target, client, HttpMethod.Post, path + extra, Json, _json.Serialize(seed), $"path + '{Truncated(extra)}'", false);
    }

    private string Flipped(string token)
    {
        var bytes = Encoding.ASCII.GetBytes(token);
        bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(7));
        return Segment(Encoding.ASCII.GetString(bytes));
    }

    /// <summary>A path segment for a (possibly mutated) identifier: escaped so that the request is a valid URI.</summary>
    /// <remarks>
    /// Without NUL: the in-process test server throws on %00 in a path before any of the application runs (Kestrel
    /// answers 400 itself), so such a request tests the test host, not the service.
    /// </remarks>
    private static string Segment(string value) => Uri.EscapeDataString(value.Replace("\0", "", StringComparison.Ordinal));

    private static string Truncated(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
