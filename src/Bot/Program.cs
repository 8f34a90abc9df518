using CommunityNotices.Bot.Hosting;
using CommunityNotices.Hosting;

return await StartupFailure.ExplainAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddBot();

    var app = builder.Build();
    if (MigrateCommand.IsRequested(args))
    {
        return await MigrateCommand.RunAsync(app);
    }

    app.MapBot();
    await app.RunAsync();
    return 0;
});
