using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CommunityNotices.Notifier.BotFramework;

/// <summary>Sends a private message to a resident through the conversation their report came from.</summary>
public sealed class ResidentMessenger(
    CloudAdapterBase adapter, DirectLineTranscript webChat, IOptions<BotFrameworkOptions> options, ILogger<ResidentMessenger> logger)
{
    /// <returns>False when the conversation is unknown or the channel refused; the caller decides whether to retry.</returns>
    public async Task<bool> SendAsync(string? conversationReference, string text, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(conversationReference))
        {
            return false;
        }

        var reference = JsonConvert.DeserializeObject<ConversationReference>(conversationReference);
        if (reference?.Conversation?.Id is null)
        {
            return false;
        }

        if (DirectLineTranscript.Owns(reference))
        {
            // Our own web chat: the message is appended to the transcript the resident's page reads.
            try
            {
                await webChat.AppendProactiveAsync(reference, text, ct);
                return true;
            }
            catch (KeyNotFoundException e)
            {
                logger.LogWarning("Could not message a web chat resident: {Error}", e.Message);
                return false;
            }
        }

        try
        {
            await adapter.ContinueConversationAsync(options.Value.MicrosoftAppId ?? "", reference,
                (turn, token) => turn.SendActivityAsync(MessageFactory.Text(text), token), ct);
            return true;
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException)
        {
            logger.LogWarning("Could not message a resident in conversation {Conversation}: {Error}", reference.Conversation.Id, e.Message);
            return false;
        }
    }
}
