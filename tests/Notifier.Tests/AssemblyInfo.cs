using CommunityNotices.Testing;

[assembly: AssemblyFixture(typeof(PostgresTemplateCleanup))]
