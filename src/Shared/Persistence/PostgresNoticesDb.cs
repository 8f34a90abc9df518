using Microsoft.EntityFrameworkCore;

namespace CommunityNotices.Persistence;

/// <summary>The production database, shared by every Bot and Notifier process.</summary>
public sealed class PostgresNoticesDb(DbContextOptions<PostgresNoticesDb> options) : NoticesDb(options);
