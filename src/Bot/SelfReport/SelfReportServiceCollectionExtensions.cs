using CommunityNotices.Hosting;
using CommunityNotices.Reports;
using Microsoft.Extensions.Options;

namespace CommunityNotices.Bot.SelfReport;

public static class SelfReportServiceCollectionExtensions
{
    /// <summary>The self-report conversation: its rules, their collaborators, and what stores a finished report.</summary>
    public static IServiceCollection AddSelfReport(this IServiceCollection services)
    {
        services.AddSingleton<IOriginResolver, OriginResolver>();
        services.AddScoped<CommunityDirectory>();
        services.AddScoped<ICommunityDirectory>(sp => sp.GetRequiredService<CommunityDirectory>());
        services.AddSingleton(sp =>
        {
            var reports = sp.GetRequiredService<IOptions<ReportPolicyOptions>>().Value;
            return new ReportFlowOptions { RetentionDays = reports.RetentionDays, ConsentVersion = reports.ConsentVersion, TimeZone = ChinaTime.Zone };
        });
        services.AddScoped<ReportFlow>();
        services.AddScoped<SubmitReport>();
        services.AddScoped<SelfReportConversation>();
        return services;
    }
}
