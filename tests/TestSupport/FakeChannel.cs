using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityNotices.Testing;

/// <summary>
/// A Bot Framework channel's connector service on 127.0.0.1: it records every activity the bot sends to the
/// activity's serviceUrl, as Teams or Direct Line would receive it.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _received = new();
    private readonly ConcurrentQueue<DateTimeOffset> _receivedAt = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeChannel(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyCollection<JsonObject> Received => _received;

    /// <summary>When each of <see cref="Received"/> arrived, in the same order.</summary>
    public IReadOnlyCollection<DateTimeOffset> ReceivedAt => _receivedAt;

    /// <summary>Answer the next N activities with 429 Too Many Requests and Retry-After: 1, as Teams does under load.</summary>
    public int TooManyRequestsNext { get; set; }

    /// <summary>When the last 429 was answered.</summary>
    public DateTimeOffset? LastTooManyRequestsAt { get; private set; }

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var channel = new FakeChannel(builder.Build());
        channel._app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpRequest request, HttpResponse response) =>
        {
            if (channel.TooManyRequestsNext > 0)
            {
                channel.TooManyRequestsNext--;
                channel.LastTooManyRequestsAt = DateTimeOffset.UtcNow;
                response.Headers.RetryAfter = "1";
                return Results.Json(new { error = new { code = "TooManyRequests", message = "slow down" } }, statusCode: 429);
            }

            var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            channel._receivedAt.Enqueue(DateTimeOffset.UtcNow);
            channel._received.Enqueue(activity);
            channel._arrived.Release();
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await channel._app.StartAsync();
        var address = channel._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = new Uri(address + "/");
        return channel;
    }

    /// <summary>Waits until at least <paramref name="count"/> activities have arrived in total.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (_received.Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }

        return [.. _received];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
