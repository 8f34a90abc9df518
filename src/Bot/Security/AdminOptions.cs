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
}
