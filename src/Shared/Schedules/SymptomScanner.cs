using System.Collections.Frozen;

namespace CommunityNotices.Schedules;

/// <summary>
/// Finds symptom words in a normalised (ASCII-lowercased, half-width) reply and decides which of them
/// are negated: "没有咳嗽和发热", "咳嗽：无", "味觉正常", "no cough".
/// </summary>
/// <remarks>
/// A negator covers the symptoms that follow it until something that is not a symptom, a list
/// separator or a filler word breaks the run, so "体温不高 咳嗽" still reports the cough. Where a
/// reading is ambiguous it errs towards reporting a symptom: a needless call costs less than a
/// missed one.
/// </remarks>
internal static class SymptomScanner
{
    private static readonly FrozenDictionary<char, Entry[]> Lexicon = BuildLexicon();

    public static Result Scan(string s)
    {
        var state = new State();
        foreach (var token in Tokenize(s))
        {
            state.Accept(token);
        }

        state.EndNegation();
        return state.ToResult();
    }

    private static IEnumerable<Token> Tokenize(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ':')
            {
                yield return Token.Colon;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '、' or '/' or '&' or '+')
            {
                yield return Token.Connector;
                i++;
                continue;
            }

            if (Match(s, i) is { } entry)
            {
                yield return new Token(entry.Kind, entry.Canonical, entry.LossOfSense);
                i += entry.Text.Length;
                continue;
            }

            // Unknown words and numbers end a negation as a whole, not letter by letter.
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                var letters = char.IsAsciiLetter(c);
                while (i < s.Length && (letters ? char.IsAsciiLetter(s[i]) || s[i] == '\'' : char.IsAsciiDigit(s[i]) || s[i] is '.' or ','))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            yield return Token.Break;
        }
    }

    private static Entry? Match(string s, int i)
    {
        if (!Lexicon.TryGetValue(s[i], out var candidates))
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            if (string.CompareOrdinal(s, i, entry.Text, 0, entry.Text.Length) != 0)
            {
                continue;
            }

            // English entries must be whole words, or "no" would match inside "nose".
            if (char.IsAsciiLetter(entry.Text[0])
                && ((i > 0 && char.IsAsciiLetter(s[i - 1]))
                    || (i + entry.Text.Length < s.Length && char.IsAsciiLetter(s[i + entry.Text.Length]))))
            {
                continue;
            }

            return entry;
        }

        return null;
    }

    private static FrozenDictionary<char, Entry[]> BuildLexicon()
    {
        var entries = new List<Entry>();

        void Symptom(string canonical, params string[] variants)
        {
            entries.Add(new Entry(canonical, Kind.Symptom, canonical));
            entries.AddRange(variants.Select(v => new Entry(v, Kind.Symptom, canonical)));
        }

        void LossOfSense(string canonical, params string[] variants)
        {
            entries.Add(new Entry(canonical, Kind.Symptom, canonical, LossOfSense: true));
            entries.AddRange(variants.Select(v => new Entry(v, Kind.Symptom, canonical)));
        }

        void Words(Kind kind, params string[] words) =>
            entries.AddRange(words.Select(w => new Entry(w, kind, null)));

        Symptom("咳嗽", "咳", "干咳", "咳痰");
        Symptom("发热");
        Symptom("发烧", "低烧", "高烧");
        Symptom("乏力", "无力", "没力气", "没有力气", "疲劳", "疲倦", "疲惫");
        Symptom("咽痛", "喉咙痛", "喉咙疼", "咽喉痛", "咽喉疼");
        Symptom("嗓子疼", "嗓子痛");
        Symptom("腹泻", "拉肚子");
        Symptom("头痛", "头疼");
        Symptom("流涕", "流鼻涕", "流鼻水");
        Symptom("鼻塞");
        Symptom("呼吸困难", "气短", "喘不上气");
        Symptom("胸闷");
        Symptom("肌肉酸痛", "全身酸痛", "浑身酸痛", "酸痛");
        Symptom("畏寒", "发冷", "怕冷", "寒战");
        Symptom("呕吐");
        Symptom("恶心");
        Symptom("食欲不振", "没胃口", "没有胃口");
        Symptom("不适", "不舒服", "不太舒服", "难受", "不好", "不太好");
        LossOfSense("味觉");
        LossOfSense("嗅觉");
        Symptom("cough", "coughing", "coughs", "dry cough");
        Symptom("fever", "feverish", "high temperature");
        Symptom("fatigue", "tired", "exhausted", "weakness");
        Symptom("sore throat", "throat pain");
        Symptom("diarrhea", "diarrhoea");
        Symptom("headache", "headaches");
        Symptom("runny nose");
        Symptom("stuffy nose", "blocked nose", "nasal congestion", "congestion");
        Symptom("shortness of breath", "short of breath", "difficulty breathing", "breathing difficulty");
        Symptom("chest tightness");
        Symptom("muscle ache", "muscle aches", "body aches", "body ache");
        Symptom("chills");
        Symptom("vomiting");
        Symptom("nausea");
        Symptom("loss of taste", "lost taste", "lost my sense of taste");
        Symptom("loss of smell", "lost smell", "lost my sense of smell");
        Symptom("unwell", "sick", "ill", "not well", "not good", "not ok", "not fine", "not feeling well");

        // Generic words let "无症状" deny every symptom and "有症状" report one without naming it.
        Words(Kind.Generic, "症状", "异常", "不正常", "不太正常", "symptom", "symptoms");
        Words(Kind.Negator, "无", "没有", "没", "否认", "未见", "未有", "并无", "暂无", "均无", "都没有", "都没",
            "no", "without", "don't", "dont", "do not", "doesn't", "does not", "didn't", "did not",
            "haven't", "have not", "hasn't", "has not", "never");
        Words(Kind.WeakNegator, "不", "未", "not");
        Words(Kind.Normal, "正常", "一切正常", "都正常", "良好", "健康", "挺好", "很好", "都好", "还好", "没事",
            "没问题", "无异常", "没有异常", "没异常", "未见异常", "无恙",
            "ok", "okay", "fine", "good", "normal", "healthy", "well", "none", "nothing", "asymptomatic",
            "all good", "all well", "no problem", "no problems");
        Words(Kind.Connector, "和", "或", "及", "与", "也", "或者", "以及", "跟", "and", "or", "nor");
        Words(Kind.Filler, "任何", "什么", "明显", "其他", "其它", "别的", "感觉", "有",
            "any", "other", "obvious", "signs", "sign", "of", "have", "has", "had", "a", "an", "the", "feel", "feeling");
        Words(Kind.Break, "但", "但是", "可是", "不过", "but", "however");

        return entries
            .GroupBy(e => e.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Text.Length).ToArray());
    }

    internal sealed record Result(bool? Reported, string[] Words);

    private enum Kind
    {
        Symptom,
        Generic,
        Negator,
        WeakNegator,
        Normal,
        Connector,
        Colon,
        Filler,
        Break,
    }

    private sealed record Entry(string Text, Kind Kind, string? Canonical, bool LossOfSense = false);

    private sealed record Token(Kind Kind, string? Canonical = null, bool LossOfSense = false)
    {
        public static readonly Token Connector = new(Kind.Connector);
        public static readonly Token Colon = new(Kind.Colon);
        public static readonly Token Break = new(Kind.Break);
    }

    private sealed class Mention(string? canonical, bool negated, bool lossOfSense)
    {
        public string? Canonical { get; } = canonical;

        public bool LossOfSense { get; } = lossOfSense;

        public bool Negated { get; set; } = negated;
    }

    private sealed class State
    {
        private readonly List<Mention> mentions = [];
        private readonly List<Mention> run = [];
        private List<Mention> negatorTargetsBefore = [];
        private bool colonAfterRun;
        private bool negating;
        private bool strongNegator;
        private bool negationUsed;
        private bool saidNone;

        public void Accept(Token token)
        {
            Apply(token);
            if (token.Kind is not (Kind.Colon or Kind.Connector))
            {
                colonAfterRun = false;
            }
        }

        private void Apply(Token token)
        {
            switch (token.Kind)
            {
                case Kind.Symptom:
                case Kind.Generic:
                    if (negating)
                    {
                        // "没有味觉" is the loss-of-taste symptom, not its absence.
                        var negated = !(token.LossOfSense && !negationUsed);
                        mentions.Add(new Mention(token.Canonical, negated, token.LossOfSense));
                        negationUsed = true;
                    }
                    else
                    {
                        var mention = new Mention(token.Canonical, negated: false, token.LossOfSense);
                        mentions.Add(mention);
                        run.Add(mention);
                    }

                    break;

                case Kind.Negator:
                case Kind.WeakNegator:
                    EndNegation();

                    // Form style "咳嗽：无 发热：无": the answer after a colon belongs to the label before it.
                    if (colonAfterRun)
                    {
                        run.Where(m => !m.LossOfSense).ToList().ForEach(m => m.Negated = true);
                        run.Clear();
                        colonAfterRun = false;
                        break;
                    }

                    negating = true;
                    strongNegator = token.Kind == Kind.Negator;
                    negationUsed = false;
                    negatorTargetsBefore = [.. run];
                    run.Clear();
                    break;

                case Kind.Normal:
                    // "味觉正常": a verdict after symptoms clears them.
                    EndNegation();
                    run.ForEach(m => m.Negated = true);
                    run.Clear();
                    saidNone = true;
                    break;

                case Kind.Filler:
                    if (!negating)
                    {
                        run.Clear();
                    }

                    break;

                case Kind.Break:
                    EndNegation();
                    run.Clear();
                    break;

                case Kind.Colon:
                    colonAfterRun = run.Count > 0 && !negating;
                    return;

                case Kind.Connector:
                    return;

                default:
                    break;
            }
        }

        public void EndNegation()
        {
            if (!negating)
            {
                return;
            }

            negating = false;
            if (negationUsed)
            {
                return;
            }

            // A negator with nothing after it answers what came before ("咳嗽：无"), or, alone, says "none".
            // "味觉没有了" means the sense is gone, so loss-of-sense words stay reported.
            if (negatorTargetsBefore.Count > 0)
            {
                negatorTargetsBefore.Where(m => !m.LossOfSense).ToList().ForEach(m => m.Negated = true);
            }
            else if (strongNegator)
            {
                saidNone = true;
            }
        }

        public Result ToResult()
        {
            var reported = mentions.Where(m => !m.Negated).ToList();
            var words = reported
                .Select(m => m.Canonical)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToArray();

            bool? any = reported.Count > 0 ? true
                : mentions.Count > 0 || saidNone ? false
                : null;
            return new Result(any, words);
        }
    }
}
