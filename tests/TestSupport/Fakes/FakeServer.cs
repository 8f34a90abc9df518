using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityNotices.Testing.Fakes;

/// <summary>
/// A small Kestrel app on http://127.0.0.1:&lt;free port&gt; that records every request and can be told to be slow or
/// to fail. Subclasses supply the vendor's behaviour; all of it runs under one lock, so they need none of their own.
/// </summary>
public abstract class FakeServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeRequest> _received = [];
    private readonly Queue<FakeFault> _faults = new();
    private WebApplication? _app;
    private Uri? _baseUrl;
    private long _latencyTicks;
    private int _tooFastAnswers;

    protected FakeServer(TimeProvider? timeProvider)
    {
        Time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The clock rate windows, lockouts, signature windows and <see cref="FakeRequest.ReceivedAt"/> use.</summary>
    public TimeProvider Time { get; }

    /// <summary>http://127.0.0.1:port/ (a <see cref="Uri"/> with an empty path always ends in "/").</summary>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("Call StartAsync first.");

    /// <summary>Real (wall-clock) delay before each request is handled; the request is handled even if the client gives up.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, value.Ticks);
    }

    /// <summary>Every request so far, faulted and rejected ones included, oldest first.</summary>
    public IReadOnlyList<FakeRequest> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The requests the fake counted as delivered messages.</summary>
    public IReadOnlyList<FakeRequest> Delivered => [.. Received.Where(request => request.Accepted)];

    /// <summary>How many requests were turned away by a rate limit or lockout.</summary>
    public int TooFastAnswers => Volatile.Read(ref _tooFastAnswers);

    /// <summary>Make the next <paramref name="count"/> requests fail with <paramref name="fault"/> (queued after earlier calls).</summary>
    public void FailNext(int count, FakeFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _faults.Enqueue(fault);
            }
        }
    }

    public void ClearReceived()
    {
        lock (_gate)
        {
            _received.Clear();
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("The fake is already started.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(ServeAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _baseUrl = new Uri(address.TrimEnd('/'));
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The vendor's behaviour. Runs under the fake's lock.</summary>
    internal abstract FakeReply Handle(FakeIncoming request);

    /// <summary>Which robot a request is for, used for <see cref="FakeRequest.Key"/>.</summary>
    internal abstract string KeyOf(FakeIncoming request);

    internal static object VendorError(string codeName, long code, string messageName, string message) =>
        new Dictionary<string, object> { [codeName] = code, [messageName] = message };

    private async Task ServeAsync(HttpContext context)
    {
        var request = await ReadAsync(context);
        var latency = Latency;
        if (latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(latency, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up; a real vendor would still have processed the message, so this one does too.
            }
        }

        FakeReply? reply = null;
        FakeFault? fault = null;
        var key = string.Empty;
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            request = request with { Now = now };
            key = KeyOf(request);
            if (_faults.Count > 0)
            {
                fault = _faults.Dequeue();
            }
            else
            {
                reply = Handle(request);
                if (reply.TooFast)
                {
                    _tooFastAnswers++;
                }
            }

            _received.Add(new FakeRequest(
                key,
                context.Request.Path + context.Request.QueryString,
                request.Headers,
                request.RawBody,
                request.Json,
                now,
                fault switch { FakeFault.ConnectionReset => 0, FakeFault.BadGateway => 502, _ => reply!.StatusCode },
                fault switch { FakeFault.ConnectionReset => 0, FakeFault.BadGateway => 502, _ => reply!.ResultCode },
                reply?.Accepted ?? false,
                fault));
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        switch (fault)
        {
            case FakeFault.ConnectionReset:
                context.Abort();
                return;
            case FakeFault.BadGateway:
                context.Response.StatusCode = 502;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>");
                return;
        }

        context.Response.StatusCode = reply!.StatusCode;
        context.Response.ContentType = reply.ContentType;
        foreach (var (name, value) in reply.Headers ?? [])
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(reply.Body);
    }

    private static async Task<FakeIncoming> ReadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        var text = Encoding.UTF8.GetString(bytes);
        JsonElement? json = null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Recorded as-is; the vendor logic decides what a non-JSON body deserves.
        }

        var headers = context.Request.Headers.ToDictionary(
            header => header.Key,
            header => header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        return new FakeIncoming(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.Query,
            headers,
            bytes,
            text,
            json,
            DateTimeOffset.MinValue);
    }
}
