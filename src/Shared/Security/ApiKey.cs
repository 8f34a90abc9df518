using System.Security.Cryptography;
using System.Text;

namespace CommunityNotices.Security;

/// <summary>A key for the admin API; only its SHA-256 hash is stored.</summary>
public sealed class ApiKey
{
    private ApiKey() { }

    public ApiKey(string name, string plainKey, Role role, IEnumerable<Guid> communityIds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        KeyHash = Hash(plainKey);
        Role = role;
        CommunityIds = role == Role.Admin ? [] : communityIds.Distinct().ToList();
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    public Role Role { get; private set; }
    public List<Guid> CommunityIds { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.ToUniversalTime();

    /// <summary>Keys are long random strings, so a plain SHA-256 (no salt, no stretching) is enough and lets us look them up by hash.</summary>
    public static string Hash(string plainKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainKey)));

    public static string Generate() =>
        "cn_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
