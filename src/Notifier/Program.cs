using CommunityNotices.Hosting;
using CommunityNotices.Notifier.Hosting;

return await StartupFailure.ExplainAsync(async () =>
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.Services.AddShared(builder.Configuration).RequireSharedStorage();
    builder.Services.AddNotifier(builder.Configuration);

    using var host = builder.Build();
    if (MigrateCommand.IsRequested(args))
    {
        return await MigrateCommand.RunAsync(host);
    }

    await host.RunAsync();
    return 0;
});
