using System.Runtime.CompilerServices;
using CommunityNotices.Testing;

[assembly: AssemblyFixture(typeof(PostgresTemplateCleanup))]

namespace CommunityNotices.Notifier.Tests;

internal static class TestAssembly
{
    [ModuleInitializer]
    internal static void Initialize() => HangfireStatics.Initialize();
}
