using System.Text.Json.Nodes;
using CommunityNotices.Broadcasts;
using CommunityNotices.CheckIns;
using CommunityNotices.Communities;
using CommunityNotices.Hosting;
using CommunityNotices.Notifier.BotFramework;
using CommunityNotices.Notifier.CheckIns;
using CommunityNotices.Reports;
using CommunityNotices.RiskAreas;
using CommunityNotices.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CommunityNotices.Notifier.Tests.CheckIns;

/// <summary>Fourteen days of check-ins for one resident in seconds: the clock is injected, the database and the chat are real.</summary>
public sealed class CheckInLifecycleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task FourteenDays_AskRemindAlertReportMissing_ThenComplete()
    {
        await using var channel = await FakeChannel.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, China));
        await using var services = Services(clock);
        var (reportId, conversationId, communityId) = await SeedAsync(channel, arrival: new DateOnly(2026, 11, 28), until: new DateOnly(2026, 12, 13));

        var asked = 0;
        for (var day = 0; day < 14; day++)
        {
            clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 9, 0, 30, China).AddDays(day));
            await CycleAsync(services);
            await channel.WaitForAsync(++asked);
            Assert.Contains("健康打卡", Text(channel.Received.Last()), StringComparison.Ordinal);

            if (day == 2)
            {
                // No answer: a reminder after the window, the staff's missing list after another.
                clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
                await CycleAsync(services);
                await channel.WaitForAsync(++asked);
                Assert.Contains("提醒", Text(channel.Received.Last()), StringComparison.Ordinal);
                clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
                await CycleAsync(services);
                continue;
            }

            var answer = day == 1 ? "37.5 咳嗽" : "36.5";
            var reply = await ReplyAsync(services, conversationId, answer);
            Assert.Contains(day == 1 ? "发热门诊" : "已记录", reply, StringComparison.Ordinal);
            // Asking again the same day changes nothing.
            await CycleAsync(services);
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 13, 9, 0, 30, China));
        await CycleAsync(services);
        await channel.WaitForAsync(asked + 1);
        Assert.Contains("期满", Text(channel.Received.Last()), StringComparison.Ordinal);

        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var checkIns = await db.CheckIns.Where(c => c.ReportId == reportId).OrderBy(c => c.Day).ToListAsync();
        Assert.Equal(14, checkIns.Count);
        Assert.Equal(13, checkIns.Count(c => c.RepliedAt is not null));
        Assert.Equal(new DateOnly(2026, 11, 30), Assert.Single(checkIns, c => c.Alert).Day);
        Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(checkIns, c => c.ReportedMissingAt is not null).Day);
        Assert.Equal(ReportStatus.Completed, (await db.Reports.SingleAsync(r => r.Id == reportId)).Status);
        var notices = await db.Broadcasts.Where(b => b.CommunityIds.Contains(communityId)).Select(b => b.Title).ToListAsync();
        Assert.Contains("【紧急】健康打卡异常", notices);
        Assert.Contains("健康打卡未完成", notices);
        Assert.Contains("隔离/监测期满", notices);
    }

    [Fact]
    public async Task LengthenedPeriod_MovesTheCheckInsWithIt()
    {
        await using var channel = await FakeChannel.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 30, 0, China));
        await using var services = Services(clock);
        var (reportId, _, _) = await SeedAsync(channel, arrival: new DateOnly(2026, 11, 28), until: new DateOnly(2026, 11, 30));
        await using (var db = TestDatabases.OpenPostgres(database.ConnectionString))
        {
            // A new list made the origin high-risk: the period now runs to 12-12.
            await db.Reports.Where(r => r.Id == reportId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Until, new DateOnly(2026, 12, 12)));
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 30, 0, China));
        await CycleAsync(services);

        await using var check = TestDatabases.OpenPostgres(database.ConnectionString);
        Assert.Equal(ReportStatus.Active, (await check.Reports.SingleAsync(r => r.Id == reportId)).Status);
        Assert.True(await check.CheckIns.AnyAsync(c => c.ReportId == reportId && c.Day == new DateOnly(2026, 11, 30)));
    }

    private static string? Text(JsonObject activity) => (string?)activity["text"];

    private ServiceProvider Services(FakeTimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostEnvironmentStub());
        services.AddShared(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new Mock<IDeliveryKick>().Object);
        services.AddBotFrameworkOutbound();
        services.AddSingleton<ResidentMessenger>();
        services.AddScoped<RunCheckIns>();
        return services.BuildServiceProvider();
    }

    private static async Task CycleAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RunCheckIns>().HandleAsync(CancellationToken.None);
    }

    private static async Task<string> ReplyAsync(IServiceProvider services, string conversationId, string text)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RecordCheckInReply>().HandleAsync(conversationId, text, CancellationToken.None))!;
    }

    private async Task<(Guid ReportId, string ConversationId, Guid CommunityId)> SeedAsync(FakeChannel channel, DateOnly arrival, DateOnly until)
    {
        await using var db = TestDatabases.OpenPostgres(database.ConnectionString);
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, China);
        var community = new Community("打卡社区", $"k{Guid.NewGuid():N}"[..12], "", "12345", now);
        db.Communities.Add(community);
        var conversationId = $"resident-{Guid.NewGuid():N}";
        var reference = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["serviceUrl"] = channel.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["bot"] = new JsonObject { ["id"] = "bot" },
            ["user"] = new JsonObject { ["id"] = "resident" },
        }.ToJsonString();
        var report = new ReturneeReport(community.Id, "张三华", "13812345678", now)
        {
            Building = "5", Unit = "2", Room = "301", DepartureDate = arrival.AddDays(-1), ArrivalDate = arrival,
            Match = "area", Level = RiskLevel.High, Until = until, ConversationReference = reference,
        };
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        return (report.Id, conversationId, community.Id);
    }

    private sealed class HostEnvironmentStub : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
