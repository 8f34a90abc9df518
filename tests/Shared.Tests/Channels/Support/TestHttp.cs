using CommunityNotices.Channels;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CommunityNotices.Shared.Tests.Channels.Support;

internal static class TestHttp
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A client configured like production (no redirects), with a timeout tests can make short.</summary>
    public static HttpClient Client(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        };

    /// <summary>A loopback port nothing listens on, so connecting is refused at once.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<(int Status, string Body)> PostJsonAsync(HttpClient client, Uri url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static OutgoingMessage Notice(string title = "停水通知", string markdown = "明天 **9:00** 停水", IReadOnlyList<string>? mentions = null) =>
        new(title, markdown, mentions);
}
