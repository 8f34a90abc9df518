namespace CommunityNotices.Notifier.BotFramework;

/// <summary>Hands the SDK only HttpClients that go through <see cref="AllowListHandler"/>, whatever name it asks for.</summary>
public sealed class AllowListHttpClientFactory(IHttpClientFactory inner) : IHttpClientFactory
{
    public const string ClientName = "BotFramework";

    public HttpClient CreateClient(string name) => inner.CreateClient(ClientName);
}
