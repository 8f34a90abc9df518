using System.ComponentModel.DataAnnotations;

namespace CommunityNotices.Notifier.Deliveries;

/// <summary>The <c>Deliveries</c> section: how the pipeline claims, sends and retries.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Deliveries";

    /// <summary>How long a worker holds claimed deliveries; a killed worker's deliveries are claimable after this.</summary>
    [Range(5, 600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Deliveries claimed per round trip.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Rate-limit keys (robots, conversations) sent to in parallel by one process (bounds its database connections).</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 16;

    /// <summary>How often the sweep looks for due work nobody is doing (retries, crashed workers, after a restart).</summary>
    [Range(1, 3600)]
    public int SweepSeconds { get; set; } = 30;

    /// <summary>Attempts before a delivery is failed for good.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Longest one job keeps claiming before it hands over (so deploys and shutdowns are quick).</summary>
    [Range(5, 3600)]
    public int RunSeconds { get; set; } = 60;

    /// <summary>Sends per second one process makes to the conversations of one Teams tenant (Teams limits a bot per tenant).</summary>
    [Range(1, 1000)]
    public int TeamsTenantPerSecond { get; set; } = 50;

    /// <summary>Delivery jobs started by one kick, so a big broadcast uses several workers.</summary>
    [Range(1, 64)]
    public int ParallelJobs { get; set; } = 2;
}
