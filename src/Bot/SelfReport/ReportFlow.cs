using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>
/// The rules of the 返乡报备 conversation as a plain state machine. The caller loads a
/// <see cref="ReportDraft"/>, passes each incoming message to <see cref="HandleAsync"/>, sends the
/// reply and saves the draft while the outcome is <see cref="FlowOutcome.Continue"/>; it stores the
/// draft as a report on <see cref="FlowOutcome.Submitted"/> and discards it on every other outcome.
/// Resident text never makes it throw: anything unusable is re-asked with the reason. The flow
/// keeps no state of its own, so one instance can serve every conversation.
/// </summary>
public sealed partial class ReportFlow
{
    private const int MaxAnswerLength = 200;
    private const int MaxOriginLength = 100;
    private const int MaxCommunityQueryLength = 50;
    private const int MaxStartCommandLength = 200;
    private const int MaxChoices = 10;

    // Back-and-forth editing can go on for a while; the draft is persisted on every turn, so cap it.
    private const int MaxHistory = 50;

    // Commands are whole answers, never substrings, so that no name or place can trigger one by accident.
    private static readonly HashSet<string> CancelWords = new(StringComparer.Ordinal)
    {
        "取消", "取消报备", "我要取消", "退出", "退出报备", "不报了", "cancel", "quit", "exit", "stop",
    };

    private static readonly HashSet<string> BackWords = new(StringComparer.Ordinal)
    {
        "返回", "上一步", "返回上一步", "后退", "上一题", "back", "go back", "previous",
    };

    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal)
    {
        "报备", "返乡报备", "我要报备", "开始报备", "我要返乡报备", "report", "start report",
    };

    private static readonly HashSet<string> ConsentWords = new(StringComparer.Ordinal)
    {
        "同意", "我同意", "同意的", "同意了", "agree", "i agree", "agreed", "yes", "y",
    };

    private static readonly HashSet<string> ConfirmWords = new(StringComparer.Ordinal)
    {
        "确认", "确定", "提交", "确认提交", "确认无误", "无误", "没问题", "正确",
        "confirm", "submit", "ok", "okay", "yes", "y", "correct",
    };

    // Answers to the health question that name the symptom or the absence of any instead of yes/no.
    private static readonly HashSet<string> SymptomWords = new(StringComparer.Ordinal)
    {
        "发烧", "发热", "咳嗽", "有发烧", "有发热", "有咳嗽", "fever", "cough", "coughing",
    };

    private static readonly HashSet<string> NoSymptomWords = new(StringComparer.Ordinal)
    {
        "正常", "都正常", "一切正常", "健康", "身体健康", "很好", "healthy", "fine", "all good",
    };

    // Longest first, so "修改" is taken as a whole before "改" could be.
    private static readonly string[] EditVerbs = ["修改", "更改", "更正", "编辑", "改", "modify", "change", "edit"];

    private static readonly Dictionary<string, int> FieldNames = new(StringComparer.Ordinal)
    {
        ["姓名"] = SummaryNumbers.Name,
        ["名字"] = SummaryNumbers.Name,
        ["name"] = SummaryNumbers.Name,
        ["手机"] = SummaryNumbers.Phone,
        ["手机号"] = SummaryNumbers.Phone,
        ["电话"] = SummaryNumbers.Phone,
        ["phone"] = SummaryNumbers.Phone,
        ["mobile"] = SummaryNumbers.Phone,
        ["社区"] = SummaryNumbers.Community,
        ["小区"] = SummaryNumbers.Community,
        ["community"] = SummaryNumbers.Community,
        ["住址"] = SummaryNumbers.Home,
        ["地址"] = SummaryNumbers.Home,
        ["房号"] = SummaryNumbers.Home,
        ["address"] = SummaryNumbers.Home,
        ["home"] = SummaryNumbers.Home,
        ["出发地"] = SummaryNumbers.Origin,
        ["origin"] = SummaryNumbers.Origin,
        ["出发日期"] = SummaryNumbers.Departure,
        ["出发时间"] = SummaryNumbers.Departure,
        ["departure"] = SummaryNumbers.Departure,
        ["到达日期"] = SummaryNumbers.Arrival,
        ["到达时间"] = SummaryNumbers.Arrival,
        ["arrival"] = SummaryNumbers.Arrival,
        ["交通"] = SummaryNumbers.Travel,
        ["交通方式"] = SummaryNumbers.Travel,
        ["travel"] = SummaryNumbers.Travel,
        ["健康"] = SummaryNumbers.Health,
        ["健康状况"] = SummaryNumbers.Health,
        ["症状"] = SummaryNumbers.Health,
        ["health"] = SummaryNumbers.Health,
    };

    private readonly IOriginResolver _origins;
    private readonly ICommunityDirectory _communities;
    private readonly TimeProvider _clock;
    private readonly ReportFlowOptions _options;

    public ReportFlow(IOriginResolver origins, ICommunityDirectory communities, TimeProvider clock, ReportFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _origins = origins;
        _communities = communities;
        _clock = clock;
        _options = options;
    }

    private enum EditKind
    {
        None,
        AskWhich,
        Item,
        Unknown,
    }

    /// <summary>
    /// True when a message asks to start a report: it contains 报备 / 報備 or the word "report"
    /// (any case, with other words around it), unless it is negated ("不用报备", "取消报备").
    /// </summary>
    public static bool IsStartCommand(string? text)
    {
        var key = TextInput.Key(TextInput.Clean(text));
        if (key.Length == 0 || key.Length > MaxStartCommandLength || CancelWords.Contains(key))
        {
            return false;
        }

        return TextInput.SafeMatch(StartPhrase(), key).Success;
    }

    /// <summary>
    /// English when the channel locale starts with "en", or when more than half of the letters in
    /// the message are Latin; Chinese otherwise (including when there is nothing to go on).
    /// </summary>
    public static ReportLanguage DetectLanguage(string? text, string? locale)
    {
        if (locale is not null && locale.AsSpan().Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return ReportLanguage.English;
        }

        var latin = 0;
        var letters = 0;
        foreach (var rune in TextInput.Clean(text).EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            letters++;
            if (NameRule.IsLatinLetter(rune.Value))
            {
                latin++;
            }
        }

        return latin * 2 > letters ? ReportLanguage.English : ReportLanguage.Chinese;
    }

    /// <summary>
    /// A new draft waiting for consent. With <paramref name="boundCommunity"/> (the chat already
    /// belongs to a community) the community question is skipped and item 3 left out of the summary.
    /// </summary>
    public ReportDraft Begin(ReportLanguage language, CommunityChoice? boundCommunity)
    {
        var now = _clock.GetUtcNow();
        var draft = new ReportDraft
        {
            Step = ReportStep.Consent,
            Language = language,
            StartedAt = now,
            LastActivityAt = now,
        };
        if (boundCommunity is not null)
        {
            draft.CommunityBound = true;
            draft.CommunityId = boundCommunity.Id;
            draft.CommunityName = boundCommunity.Name;
            draft.CommunityHotline = boundCommunity.Hotline;
        }

        return draft;
    }

    /// <summary>
    /// The question for the draft's current step: right after <see cref="Begin"/>, or to show the
    /// current question again. Does not count as a turn; a draft that cannot be resumed (unknown
    /// step, no consent on record) is reset to the consent question first.
    /// </summary>
    public FlowReply Prompt(ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Repair(draft);
        return Ask(draft);
    }

    /// <summary>
    /// Handles one message from the resident and updates <paramref name="draft"/>. At every step
    /// "取消" / "cancel" / "退出" cancels and "返回" / "back" / "上一步" goes back one question; a
    /// draft idle for longer than <see cref="ReportFlowOptions.IdleTimeout"/> expires. Throws only
    /// for a null draft, for cancellation through <paramref name="ct"/>, and with whatever the
    /// injected <see cref="IOriginResolver"/> or <see cref="ICommunityDirectory"/> throws.
    /// </summary>
    public async Task<FlowReply> HandleAsync(ReportDraft draft, string? text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ct.ThrowIfCancellationRequested();
        var restarted = Repair(draft);
        var t = FlowText.For(draft.Language);
        var now = _clock.GetUtcNow();
        if (now - draft.LastActivityAt > _options.IdleTimeout)
        {
            Discard(draft);
            return End(FlowOutcome.Expired, t.Expired(_options.IdleTimeout));
        }

        draft.LastActivityAt = now;

        // The message answered a question the draft no longer has; it must not be read as consent.
        if (restarted)
        {
            return Ask(draft);
        }

        var answer = TextInput.Clean(text);
        var key = TextInput.Key(answer);
        if (CancelWords.Contains(key))
        {
            Discard(draft);
            return End(FlowOutcome.Cancelled, t.Cancelled);
        }

        if (BackWords.Contains(key))
        {
            return GoBack(draft);
        }

        // Someone who sends "报备" again mid-report wants to report, not to be called 报备.
        if (StartWords.Contains(key))
        {
            return Ask(draft, t.AlreadyReporting);
        }

        if (draft.Step == ReportStep.Consent)
        {
            return HandleConsent(draft, answer, key, now);
        }

        if (answer.Length == 0)
        {
            return Invalid(draft, t.EmptyAnswer);
        }

        if (answer.Length > MaxAnswerLength)
        {
            return Invalid(draft, t.TooLong);
        }

        var today = Today(now);
        return draft.Step switch
        {
            ReportStep.Name => HandleName(draft, answer),
            ReportStep.Phone => HandlePhone(draft, answer),
            ReportStep.Community => await HandleCommunityAsync(draft, answer, key, ct).ConfigureAwait(false),
            ReportStep.Home => HandleHome(draft, answer),
            ReportStep.Origin => HandleOrigin(draft, answer),
            ReportStep.OriginChoice => HandleOriginChoice(draft, answer, key),
            ReportStep.Departure => HandleDeparture(draft, answer, today),
            ReportStep.Arrival => HandleArrival(draft, answer, today),
            ReportStep.Travel => HandleTravel(draft, answer),
            ReportStep.Health => HandleHealth(draft, answer, key),
            _ => HandleSummary(draft, key, now),
        };
    }

    private FlowReply HandleConsent(ReportDraft draft, string answer, string key, DateTimeOffset now)
    {
        var t = FlowText.For(draft.Language);

        // An empty message (a sticker, a picture) is not a refusal; everything else that is not a
        // clear yes is, because consent under PIPL must be explicit.
        if (answer.Length == 0)
        {
            return Invalid(draft, t.EmptyAnswer);
        }

        if (!ConsentWords.Contains(key))
        {
            Discard(draft);
            return End(FlowOutcome.Declined, t.Declined(Hotline(draft)));
        }

        draft.ConsentAt = now;
        draft.ConsentVersion = _options.ConsentVersion;
        return MoveTo(draft, ReportStep.Name);
    }

    private FlowReply HandleName(ReportDraft draft, string answer)
    {
        if (!NameRule.TryNormalize(answer, out var name))
        {
            return Invalid(draft, FlowText.For(draft.Language).InvalidName);
        }

        draft.Name = name;
        return Complete(draft, ReportStep.Phone);
    }

    private FlowReply HandlePhone(ReportDraft draft, string answer)
    {
        if (!PhoneRule.TryNormalize(answer, out var phone))
        {
            return Invalid(draft, FlowText.For(draft.Language).InvalidPhone);
        }

        draft.Phone = phone;
        return Complete(draft, draft.CommunityBound ? ReportStep.Home : ReportStep.Community);
    }

    private async Task<FlowReply> HandleCommunityAsync(ReportDraft draft, string answer, string key, CancellationToken ct)
    {
        var t = FlowText.For(draft.Language);
        if (answer.Length > MaxCommunityQueryLength)
        {
            return Invalid(draft, t.TooLong);
        }

        var found = await _communities.FindAsync(answer, ct).ConfigureAwait(false);
        var matches = (found ?? []).Where(c => c is not null).DistinctBy(c => c.Id).ToList();

        // Tapping one of the offered buttons sends its name back, which may still match several.
        var chosen = matches.Count == 1
            ? matches[0]
            : matches.Where(c => SameChoice(c.Name, key)).ToList() is [var exact] ? exact : null;
        if (chosen is not null)
        {
            draft.CommunityId = chosen.Id;
            draft.CommunityName = chosen.Name;
            draft.CommunityHotline = chosen.Hotline;
            return Complete(draft, ReportStep.Home);
        }

        if (matches.Count == 0)
        {
            return Invalid(draft, t.CommunityNotFound);
        }

        var buttons = matches
            .Select(c => DisplayText.Sanitize(c.Name))
            .Where(name => name.Length > 0)
            .Take(MaxChoices)
            .ToArray();
        return new FlowReply([t.CommunityChoice], buttons, FlowOutcome.Continue);
    }

    private FlowReply HandleHome(ReportDraft draft, string answer)
    {
        if (!HomeAddressParser.TryParse(answer, out var home))
        {
            return Invalid(draft, FlowText.For(draft.Language).InvalidHome);
        }

        draft.Building = home.Building;
        draft.Unit = home.Unit;
        draft.Room = home.Room;
        return Complete(draft, ReportStep.Origin);
    }

    private FlowReply HandleOrigin(ReportDraft draft, string answer)
    {
        var t = FlowText.For(draft.Language);
        return answer.Length > MaxOriginLength
            ? Invalid(draft, t.TooLong)
            : ResolveOrigin(draft, answer, t.OriginUnknown);
    }

    private FlowReply HandleOriginChoice(ReportDraft draft, string answer, string key)
    {
        var t = FlowText.For(draft.Language);
        var candidates = draft.OriginCandidates;
        OriginCandidate? chosen = null;
        if (SmallNumber.TryParse(key, out var number) && number >= 1 && number <= candidates.Count)
        {
            chosen = candidates[number - 1];
        }
        else
        {
            chosen = candidates.FirstOrDefault(c => SameChoice(c.Label, key));
        }

        if (chosen is not null)
        {
            SetOrigin(draft, chosen.Label, chosen.Province, chosen.City, chosen.District, chosen.Area, chosen.Code);
            return Complete(draft, ReportStep.Departure);
        }

        // Typing a more precise place instead of choosing is fine too.
        if (answer.Length > MaxOriginLength)
        {
            return Invalid(draft, t.TooLong);
        }

        return ResolveOrigin(draft, answer, candidates.Count == 0 ? t.OriginUnknown : t.OriginChoiceInvalid);
    }

    private FlowReply ResolveOrigin(ReportDraft draft, string answer, string unknownReason)
    {
        var resolution = _origins.Resolve(answer);
        if (resolution?.Status == OriginStatus.Resolved)
        {
            draft.OriginText = answer;
            draft.OriginCandidates = [];
            var label = JoinAreaNames(resolution) ?? answer;
            SetOrigin(draft, label, resolution.Province, resolution.City, resolution.District, resolution.Area, resolution.Code);
            return Complete(draft, ReportStep.Departure);
        }

        if (resolution?.Status == OriginStatus.Ambiguous)
        {
            var candidates = (resolution.Candidates ?? [])
                .Where(c => c is not null && !string.IsNullOrWhiteSpace(c.Label))
                .Take(MaxChoices)
                .ToList();
            if (candidates.Count == 1)
            {
                draft.OriginText = answer;
                draft.OriginCandidates = [];
                var only = candidates[0];
                SetOrigin(draft, only.Label, only.Province, only.City, only.District, only.Area, only.Code);
                return Complete(draft, ReportStep.Departure);
            }

            if (candidates.Count > 1)
            {
                // The old origin no longer describes what the resident said; until a choice is made
                // the draft has no origin, which the summary shows and submission refuses.
                SetOrigin(draft, null, null, null, null, null, null);
                draft.OriginText = answer;
                draft.OriginCandidates = candidates;
                return MoveTo(draft, ReportStep.OriginChoice);
            }
        }

        return Invalid(draft, unknownReason);
    }

    private FlowReply HandleDeparture(ReportDraft draft, string answer, DateOnly today)
    {
        var t = FlowText.For(draft.Language);
        if (!DateAnswerParser.TryParse(answer, today, out var date))
        {
            return Invalid(draft, t.DateUnreadable);
        }

        if (date > today)
        {
            return Invalid(draft, t.DateInFuture(today));
        }

        // In the normal order the arrival is asked next and checked then; only an edit from the
        // summary has an arrival that will not be asked again.
        if (draft.ReturnToSummary && draft.ArrivalDate is { } arrival && date > arrival)
        {
            return Invalid(draft, t.DepartureAfterArrival(arrival));
        }

        draft.DepartureDate = date;
        return Complete(draft, ReportStep.Arrival);
    }

    private FlowReply HandleArrival(ReportDraft draft, string answer, DateOnly today)
    {
        var t = FlowText.For(draft.Language);
        if (!DateAnswerParser.TryParse(answer, today, out var date))
        {
            return Invalid(draft, t.DateUnreadable);
        }

        if (date > today)
        {
            return Invalid(draft, t.DateInFuture(today));
        }

        var earliest = today.AddDays(-_options.ArrivalWindowDays);
        if (date < earliest)
        {
            return Invalid(draft, t.ArrivalTooOld(earliest, _options.ArrivalWindowDays));
        }

        if (draft.DepartureDate is { } departure && date < departure)
        {
            return Invalid(draft, t.ArrivalBeforeDeparture(departure));
        }

        draft.ArrivalDate = date;
        return Complete(draft, ReportStep.Travel);
    }

    private FlowReply HandleTravel(ReportDraft draft, string answer)
    {
        if (!TravelParser.TryParse(answer, out var travel))
        {
            return Invalid(draft, FlowText.For(draft.Language).InvalidTravel);
        }

        draft.TravelMode = travel.Mode;
        draft.TravelNumber = travel.Number;
        return Complete(draft, ReportStep.Health);
    }

    private FlowReply HandleHealth(ReportDraft draft, string answer, string key)
    {
        var symptoms = YesNoParser.Parse(answer)
            ?? (SymptomWords.Contains(key) ? true : NoSymptomWords.Contains(key) ? false : null);
        if (symptoms is null)
        {
            return Invalid(draft, FlowText.For(draft.Language).InvalidHealth);
        }

        draft.Symptoms = symptoms.Value;
        return Complete(draft, ReportStep.Summary);
    }

    private FlowReply HandleSummary(ReportDraft draft, string key, DateTimeOffset now)
    {
        var t = FlowText.For(draft.Language);
        if (ConfirmWords.Contains(key))
        {
            if (FirstMissing(draft) is { } missing)
            {
                draft.ReturnToSummary = true;
                return MoveTo(draft, missing, t.MissingAnswer);
            }

            draft.SubmittedAt = now;
            draft.RetainUntil = now.AddDays(_options.RetentionDays);
            return End(FlowOutcome.Submitted, t.Submitted(Hotline(draft), _options.RetentionDays));
        }

        var shown = SummaryNumbers.Shown(draft.CommunityBound);
        switch (ParseEdit(key, out var number))
        {
            case EditKind.AskWhich:
                return new FlowReply(
                    [t.AskEditNumber(shown)],
                    shown.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray(),
                    FlowOutcome.Continue);
            case EditKind.Item when SummaryNumbers.StepFor(number, draft.CommunityBound) is { } step:
                draft.ReturnToSummary = true;
                return MoveTo(draft, step);
            case EditKind.Item:
            case EditKind.Unknown:
                return Invalid(draft, t.NoSuchItem(shown));
            default:
                return Invalid(draft, t.SummaryUnclear);
        }
    }

    /// <summary>"修改 5", "修改5", "改 3", "修改第五项", "edit 5", a bare "5", or a field name ("修改 姓名", "edit phone").</summary>
    private static EditKind ParseEdit(string key, out int number)
    {
        number = 0;
        var rest = key.AsSpan();
        var hasVerb = false;
        foreach (var verb in EditVerbs)
        {
            if (rest.StartsWith(verb, StringComparison.Ordinal))
            {
                rest = rest[verb.Length..].Trim(" :：,，、");
                hasVerb = true;
                break;
            }
        }

        if (rest.StartsWith("item", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }

        rest = rest.Trim().TrimStart("第#").TrimEnd("项条个").Trim();
        if (rest.IsEmpty)
        {
            return hasVerb ? EditKind.AskWhich : EditKind.None;
        }

        if (SmallNumber.TryParse(rest, out number) || FieldNames.TryGetValue(rest.ToString(), out number))
        {
            return EditKind.Item;
        }

        return hasVerb ? EditKind.Unknown : EditKind.None;
    }

    private FlowReply GoBack(ReportDraft draft)
    {
        // Every answer already exists when leaving the summary, so the re-answered question leads
        // straight back to it instead of through the rest of the questions again.
        var leavingSummary = draft.Step == ReportStep.Summary;
        var history = draft.History;
        while (history.Count > 0)
        {
            var previous = history[^1];
            history.RemoveAt(history.Count - 1);
            if (!IsReachable(draft, previous))
            {
                continue;
            }

            draft.Step = previous;
            draft.InvalidAnswers = 0;
            if (previous == ReportStep.Summary)
            {
                draft.ReturnToSummary = false;
            }
            else if (leavingSummary)
            {
                draft.ReturnToSummary = true;
            }

            return Ask(draft);
        }

        return Ask(draft, FlowText.For(draft.Language).NothingToGoBackTo);
    }

    private static bool IsReachable(ReportDraft draft, ReportStep step) =>
        Enum.IsDefined(step)
        && step != ReportStep.Consent
        && step != draft.Step
        && !(step == ReportStep.Community && draft.CommunityBound)
        && !(step == ReportStep.OriginChoice && draft.OriginCandidates.Count == 0);

    /// <summary>After a valid answer: the next question, or straight back to the summary when editing.</summary>
    private FlowReply Complete(ReportDraft draft, ReportStep next)
    {
        if (!draft.ReturnToSummary)
        {
            return MoveTo(draft, next);
        }

        return MoveTo(draft, ReportStep.Summary, FlowText.For(draft.Language).Updated);
    }

    private FlowReply MoveTo(ReportDraft draft, ReportStep next, params string[] before)
    {
        if (draft.Step != next && draft.Step != ReportStep.Consent)
        {
            draft.History.Add(draft.Step);
            if (draft.History.Count > MaxHistory)
            {
                draft.History.RemoveRange(0, draft.History.Count - MaxHistory);
            }
        }

        draft.Step = next;
        draft.InvalidAnswers = 0;
        if (next == ReportStep.Summary)
        {
            draft.ReturnToSummary = false;
        }

        return Ask(draft, before);
    }

    private FlowReply Invalid(ReportDraft draft, string reason)
    {
        draft.InvalidAnswers = draft.InvalidAnswers >= int.MaxValue - 1 ? draft.InvalidAnswers : draft.InvalidAnswers + 1;
        var reply = Ask(draft, reason);
        if (draft.InvalidAnswers < _options.InvalidAnswersBeforeHotline)
        {
            return reply;
        }

        return reply with { Messages = [.. reply.Messages, FlowText.For(draft.Language).Hotline(Hotline(draft))] };
    }

    private FlowReply Ask(ReportDraft draft, params string[] before)
    {
        var t = FlowText.For(draft.Language);
        var today = Today(_clock.GetUtcNow());
        var messages = new List<string>(before);
        if (draft.ReturnToSummary
            && draft.Step is not (ReportStep.Summary or ReportStep.OriginChoice)
            && SummaryNumbers.NumberOf(draft.Step) is { } number)
        {
            messages.Add(t.CurrentValue(t.FieldValue(draft, number)));
        }

        IReadOnlyList<string> buttons = [];
        switch (draft.Step)
        {
            case ReportStep.Consent:
                messages.Add(t.Consent(draft.CommunityBound ? draft.CommunityName : null, _options.RetentionDays));
                buttons = t.ConsentButtons;
                break;
            case ReportStep.Name:
                messages.Add(t.AskName);
                break;
            case ReportStep.Phone:
                messages.Add(t.AskPhone);
                break;
            case ReportStep.Community:
                messages.Add(t.AskCommunity);
                break;
            case ReportStep.Home:
                messages.Add(t.AskHome);
                break;
            case ReportStep.Origin:
                messages.Add(t.AskOrigin);
                break;
            case ReportStep.OriginChoice when draft.OriginCandidates.Count > 0:
                messages.Add(t.AskOriginChoice(draft.OriginCandidates));
                buttons = draft.OriginCandidates.Select(c => DisplayText.Sanitize(c.Label)).ToArray();
                break;
            case ReportStep.OriginChoice:
                messages.Add(t.AskOrigin);
                break;
            case ReportStep.Departure:
                messages.Add(t.AskDeparture(today));
                break;
            case ReportStep.Arrival:
                messages.Add(t.AskArrival(today));
                break;
            case ReportStep.Travel:
                messages.Add(t.AskTravel);
                buttons = t.TravelButtons;
                break;
            case ReportStep.Health:
                messages.Add(t.AskHealth);
                buttons = t.HealthButtons;
                break;
            default:
                messages.Add(t.Summary(draft));
                messages.Add(t.SummaryInstructions);
                buttons = t.SummaryButtons;
                break;
        }

        return new FlowReply(messages, buttons, FlowOutcome.Continue);
    }

    private static FlowReply End(FlowOutcome outcome, string message) => new([message], [], outcome);

    private static ReportStep? FirstMissing(ReportDraft draft)
    {
        if (draft.Name is null)
        {
            return ReportStep.Name;
        }

        if (draft.Phone is null)
        {
            return ReportStep.Phone;
        }

        if (!draft.CommunityBound && draft.CommunityId is null)
        {
            return ReportStep.Community;
        }

        if (draft.Building is null || draft.Room is null)
        {
            return ReportStep.Home;
        }

        if (draft.OriginLabel is null)
        {
            return ReportStep.Origin;
        }

        if (draft.DepartureDate is null)
        {
            return ReportStep.Departure;
        }

        if (draft.ArrivalDate is null || draft.ArrivalDate < draft.DepartureDate)
        {
            return ReportStep.Arrival;
        }

        if (draft.TravelMode is null)
        {
            return ReportStep.Travel;
        }

        return draft.Symptoms is null ? ReportStep.Health : null;
    }

    private static void SetOrigin(ReportDraft draft, string? label, string? province, string? city, string? district, string? area, string? code)
    {
        draft.OriginLabel = label;
        draft.OriginProvince = province;
        draft.OriginCity = city;
        draft.OriginDistrict = district;
        draft.OriginArea = area;
        draft.OriginCode = code;
    }

    private static string? JoinAreaNames(OriginResolution resolution)
    {
        // Municipalities come back as province "北京市" and city "北京市"; say it once.
        var parts = new[] { resolution.Province, resolution.City, resolution.District, resolution.Area }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (parts.Length == 0)
        {
            return null;
        }

        // Chinese area names read as one word ("北京市顺义区"); romanised ones need separators.
        var romanised = parts.Any(p => p.EnumerateRunes().Any(r => NameRule.IsLatinLetter(r.Value)));
        return string.Join(romanised ? ", " : string.Empty, parts);
    }

    private static bool SameChoice(string? offered, string key) =>
        offered is not null
        && (TextInput.Key(TextInput.Clean(offered)) == key || TextInput.Key(DisplayText.Sanitize(offered)) == key);

    /// <summary>Wipes everything the resident entered, so "nothing was kept" holds even if the caller saves the draft.</summary>
    private static void Discard(ReportDraft draft)
    {
        draft.Name = null;
        draft.Phone = null;
        draft.Building = null;
        draft.Unit = null;
        draft.Room = null;
        draft.OriginText = null;
        SetOrigin(draft, null, null, null, null, null, null);
        draft.OriginCandidates = [];
        draft.DepartureDate = null;
        draft.ArrivalDate = null;
        draft.TravelMode = null;
        draft.TravelNumber = null;
        draft.Symptoms = null;
        draft.ConsentAt = null;
        draft.ConsentVersion = null;
        draft.History = [];
        draft.ReturnToSummary = false;
        draft.InvalidAnswers = 0;

        // A draft kept by mistake can then only restart with consent, never carry on collecting.
        draft.Step = ReportStep.Consent;
        if (!draft.CommunityBound)
        {
            draft.CommunityId = null;
            draft.CommunityName = null;
            draft.CommunityHotline = null;
        }
    }

    /// <summary>Drafts come back from storage; tolerate what a serializer or an older version may leave.</summary>
    /// <returns>True when the draft had to be started over.</returns>
    private static bool Repair(ReportDraft draft)
    {
        draft.History ??= [];
        draft.OriginCandidates ??= [];
        draft.OriginCandidates.RemoveAll(c => c is null);
        if (draft.InvalidAnswers < 0)
        {
            draft.InvalidAnswers = 0;
        }

        // Nothing sensible can be resumed from an unknown step, and nothing may be asked without
        // consent on record: start over, consent included.
        if (!Enum.IsDefined(draft.Step) || (draft.Step != ReportStep.Consent && draft.ConsentAt is null))
        {
            Discard(draft);
            return true;
        }

        return false;
    }

    private string Hotline(ReportDraft draft) =>
        string.IsNullOrWhiteSpace(draft.CommunityHotline) ? _options.FallbackHotline : draft.CommunityHotline;

    private DateOnly Today(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _options.TimeZone).DateTime);

    [GeneratedRegex(
        @"(?<!不|不用|不需要|无需|不必|不想|不要|别|取消)(?:报备|報備)|(?<!(?:don't|dont|do not|not|no) (?:want to |need to |have to )?)(?<![a-z])report(?:s|ing)?(?![a-z])",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex StartPhrase();
}
