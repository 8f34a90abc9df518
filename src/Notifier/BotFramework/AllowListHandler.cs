using System.Net;
using Microsoft.Extensions.Logging;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>Refuses (and logs) any outbound Bot Framework call to a host outside the allow-list.</summary>
public sealed class AllowListHandler(ServiceHostAllowList allowList, ILogger<AllowListHandler> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (allowList.IsAllowed(request.RequestUri))
        {
            return base.SendAsync(request, cancellationToken);
        }

        logger.LogWarning("Refused an outbound Bot Framework call to {Host}: not on BotFramework:AllowedServiceHosts", request.RequestUri?.Host);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            RequestMessage = request,
            ReasonPhrase = "Host not on the service allow-list",
        });
    }
}
