using CommunityNotices.Bot.Messaging;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// The thin SDK layer of the self-report: keeps the <see cref="ReportDraft"/> in conversation state, feeds each message
/// to <see cref="ReportFlow"/>, renders its reply (buttons as suggested actions) and stores the finished report.
/// </summary>
public sealed class SelfReportConversation(ConversationState state, ReportFlow flow, SubmitReport submit, CommunityDirectory communities)
{
    private readonly IStatePropertyAccessor<ReportDraft> _draft = state.CreateProperty<ReportDraft>("selfReportDraft");

    /// <summary>Handles the turn if it starts or continues a report; false leaves it to the rest of the bot.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var text = activity.Text;
        var draft = await _draft.GetAsync(turn, () => null!, ct);
        if (draft is null)
        {
            if (!ReportFlow.IsStartCommand(text))
            {
                return false;
            }

            var language = ReportFlow.DetectLanguage(text, activity.Locale);
            if (activity.Conversation?.IsGroup == true)
            {
                // A report is never collected in a group: personal data would be seen by everyone.
                await turn.SendActivityAsync(language == ReportLanguage.English
                    ? "To protect your privacy, reports are not taken in groups. Please send \"report\" to me in a private chat."
                    : "为保护您的个人信息，群聊中不办理报备。请私聊我并发送“报备”。", cancellationToken: ct);
                return true;
            }

            draft = flow.Begin(language, await BoundCommunityAsync(activity, ct));
            await _draft.SetAsync(turn, draft, ct);
            await SendAsync(turn, flow.Prompt(draft), ct);
            return true;
        }

        var reply = await flow.HandleAsync(draft, text, ct);
        switch (reply.Outcome)
        {
            case FlowOutcome.Continue:
                await _draft.SetAsync(turn, draft, ct);
                await SendAsync(turn, reply, ct);
                break;
            case FlowOutcome.Submitted:
                await SendAsync(turn, reply, ct);
                var result = await submit.HandleAsync(Submission(draft, activity), ct);
                await turn.SendActivityAsync(ResultText.For(result, draft.Language), cancellationToken: ct);
                await _draft.DeleteAsync(turn, ct);
                break;
            default:
                await _draft.DeleteAsync(turn, ct);
                await SendAsync(turn, reply, ct);
                break;
        }

        return true;
    }

    /// <summary>A community link (web chat) names the community in channelData, so the bot need not ask.</summary>
    private async Task<CommunityChoice?> BoundCommunityAsync(IMessageActivity activity, CancellationToken ct) =>
        activity.ChannelData is JObject data && data.Value<string>("communityCode") is { } code
            ? await communities.FindByCodeAsync(code, ct)
            : null;

    private static async Task SendAsync(ITurnContext turn, FlowReply reply, CancellationToken ct)
    {
        for (var i = 0; i < reply.Messages.Count; i++)
        {
            var message = MessageFactory.Text(reply.Messages[i]);
            if (i == reply.Messages.Count - 1 && reply.Buttons.Count > 0)
            {
                message.SuggestedActions = new SuggestedActions
                {
                    Actions = reply.Buttons.Select(b => new CardAction(ActionTypes.ImBack, b, value: b)).ToList(),
                };
            }

            await turn.SendActivityAsync(message, ct);
        }
    }

    private static ReportSubmission Submission(ReportDraft d, IMessageActivity activity) => new(
        d.CommunityId!.Value, d.Name!, d.Phone!, d.Building!, d.Unit, d.Room,
        d.OriginProvince, d.OriginCity, d.OriginDistrict, d.OriginArea, d.OriginCode,
        d.DepartureDate!.Value, d.ArrivalDate!.Value, d.TravelMode, d.TravelNumber, d.Symptoms == true,
        d.ConsentVersion!, d.ConsentAt!.Value, d.Language == ReportLanguage.English ? "en" : "zh-CN",
        JsonConvert.SerializeObject(activity.GetConversationReference()));
}
