namespace QualityMap.Api.Audit;

/// <summary>The acts the audit journal records; stable strings, as readers filter on them.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string AccountCreated = "account-created";
    public const string ApiKeyCreated = "api-key-created";
    public const string ApiKeyRevoked = "api-key-revoked";
    public const string CodeSigningKeyRotated = "code-signing-key-rotated";
    public const string CodeSigningKeyRetired = "code-signing-key-retired";
    public const string SessionKeysRotated = "session-keys-rotated";
}
