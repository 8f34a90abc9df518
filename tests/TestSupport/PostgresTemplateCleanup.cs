namespace CommunityNotices.Testing;

/// <summary>An assembly fixture whose only job is to drop the run's template database at the end.</summary>
public sealed class PostgresTemplateCleanup : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await PostgresTemplate.DropAsync();
}
