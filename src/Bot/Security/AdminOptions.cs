using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Bot.Security;

/// <summary>The <c>Admin</c> section.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>If set, an admin API key with exactly this value exists after start (first set-up, automation).</summary>
    [MinLength(16, ErrorMessage = "Admin:BootstrapApiKey must be at least 16 characters.")]
    [MaxLength(512, ErrorMessage = "Admin:BootstrapApiKey must be at most 512 characters.")]
    public string? BootstrapApiKey { get; set; }

    /// <summary>Name of the admin staff account created at start when there is none yet.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$", ErrorMessage = "Admin:InitialUserName must be 1-100 letters, digits, '.', '_' or '-'.")]
    public string InitialUserName { get; set; } = "admin";

    /// <summary>If set and no staff account exists at start, <see cref="InitialUserName"/> is created with this password.</summary>
    [MinLength(8, ErrorMessage = "Admin:InitialPassword must be at least 8 characters.")]
    [MaxLength(200, ErrorMessage = "Admin:InitialPassword must be at most 200 characters.")]
    public string? InitialPassword { get; set; }

    [Range(1, 100, ErrorMessage = "Admin:MaxFailedSignIns must be between 1 and 100.")]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440, ErrorMessage = "Admin:LockoutMinutes must be between 1 and 1440.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts one client address may make per minute, whatever the user names.</summary>
    [Range(1, 10_000, ErrorMessage = "Admin:SignInAttemptsPerMinute must be between 1 and 10000.")]
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>An admin-page session ends after this long without a request.</summary>
    [Range(1, 168, ErrorMessage = "Admin:SessionHours must be between 1 and 168.")]
    public int SessionHours { get; set; } = 8;
}
