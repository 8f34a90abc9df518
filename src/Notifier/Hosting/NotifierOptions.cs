using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Notifier.Hosting;

/// <summary>The <c>Notifier</c> section: how this process takes part in delivering and scheduling.</summary>
public sealed class NotifierOptions
{
    public const string Section = "Notifier";

    /// <summary>Bot host only: run the Hangfire server and Quartz scheduler inside the Bot process (the embedded default).</summary>
    public bool InProcess { get; set; } = true;

    /// <summary>Hangfire worker count in this process.</summary>
    [Range(1, 100)]
    public int Workers { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>A name for this process in Hangfire's and Quartz's views (defaults to host name + process id).</summary>
    [MaxLength(100)]
    public string? InstanceName { get; set; }
}
