using System.Text.Json.Serialization;
using CommunityNotices.Bot.Admin;
using CommunityNotices.Bot.Broadcasts;
using CommunityNotices.Bot.Communities;
using CommunityNotices.Bot.DirectLine;
using CommunityNotices.Bot.WebChat;
using CommunityNotices.Bot.Groups;
using CommunityNotices.Channels;
using CommunityNotices.Bot.Health;
using CommunityNotices.Bot.Posters;
using CommunityNotices.Bot.Messaging;
using CommunityNotices.Bot.Reports;
using CommunityNotices.Bot.RiskAreas;
using CommunityNotices.Bot.Schedules;
using CommunityNotices.Bot.SelfReport;
using CommunityNotices.Bot.Security;
using CommunityNotices.Hosting;
using CommunityNotices.Notifier.Hosting;
using CommunityNotices.Persistence;
using CommunityNotices.Storage;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace CommunityNotices.Bot.Hosting;

public static class BotHostingExtensions
{
    /// <summary>Everything the Bot host serves; in the embedded default also the Notifier's work, in-process.</summary>
    public static WebApplicationBuilder AddBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddShared(builder.Configuration);
        services.AddNotifierClient();
        if (builder.Configuration.GetValue($"{NotifierOptions.Section}:{nameof(NotifierOptions.InProcess)}", true))
        {
            services.AddNotifier(builder.Configuration);
        }
        else if (!services.GetDatabaseProvider().SupportsSeparateProcesses)
        {
            throw new ConfigurationException("Notifier:InProcess=false needs Storage:Provider=PostgreSql (the embedded job queue lives inside the Bot process).");
        }

        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<BootstrapApiKey>();
        services.AddHostedService<StartupBanner>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAdmin();
        services.AddAuthorization(Policies.Add);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddMessaging();
        // Keys in the database: a web chat token or sign-in cookie issued by one Bot process is accepted by all of them.
        services.AddDataProtection().SetApplicationName("CommunityNotices").PersistKeysToDbContext<NoticesDb>();
        services.AddDirectLine();
        services.AddSingleton<PosterRenderer>();
        services.AddSelfReport();
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section);
        services.AddSingleton<GroupAddressRules>();
        services.AddScoped<ImportRiskList>();
        services.AddScoped<CreateTemplateDrafts>();
        services.AddScoped<CreateRiskUpdateDrafts>();
        services.AddScoped<WriteBroadcast>();
        services.AddScoped<ReadBroadcastStatus>();
        services.AddScoped<ReadLedger>();
        services.AddScoped<CreateGroup>();
        services.AddScoped<TestSendGroup>();
        services.AddScoped<ReevaluateReports>();
        services.AddScoped<RunScheduleNow>();
        services.AddScoped<CancelBroadcast>();
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAdmin();

        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapMessages();
        app.MapDirectLineApi();
        app.MapChatPage();
        app.MapPostersApi();
        app.MapCommunitiesApi();
        app.MapRiskAreasApi();
        app.MapReportsApi();
        app.MapGroupsApi();
        app.MapBroadcastsApi();
        app.MapSchedulesApi();
        // Admins only; the empty filter list replaces Hangfire's default local-requests-only check with our policy.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false })
            .RequireAuthorization(Policies.Admin);
        return app;
    }
}
