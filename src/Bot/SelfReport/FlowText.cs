using System.Globalization;
using System.Text;

namespace CommunityNotices.Bot.SelfReport;

/// <summary>Every sentence the flow says, in both languages, so wording is reviewed in one place.</summary>
internal sealed class FlowText
{
    private const int EchoLength = DisplayText.DefaultMaxLength;

    private static readonly FlowText ChineseText = new(english: false);
    private static readonly FlowText EnglishText = new(english: true);

    private readonly bool _english;

    private FlowText(bool english) => _english = english;

    public static FlowText For(ReportLanguage language) => language == ReportLanguage.English ? EnglishText : ChineseText;

    public IReadOnlyList<string> ConsentButtons => _english ? ["Agree", "Disagree"] : ["同意", "不同意"];

    public IReadOnlyList<string> TravelButtons =>
        _english ? ["Train", "Flight", "Car", "Bus", "Other"] : ["火车/高铁", "飞机", "自驾", "大巴", "其他"];

    public IReadOnlyList<string> HealthButtons => _english ? ["Yes", "No"] : ["有", "没有"];

    public IReadOnlyList<string> SummaryButtons => _english ? ["Confirm", "Edit", "Cancel"] : ["确认", "修改", "取消"];

    public string Consent(string? boundCommunity, int retentionDays)
    {
        var who = boundCommunity is null
            ? L("您所在社区", "your community")
            : L($"本社区（{Echo(boundCommunity)}）", $"this community ({Echo(boundCommunity)})");
        return _english
            ? $"""
              Return report – how your information is used
              As required by the local epidemic prevention headquarters, {who} needs to collect: your name, mobile number, home address, travel details (where you came from, departure and arrival dates, how you travelled) and health status.
              • Purpose: epidemic prevention only.
              • Who can see it: only the staff of {who}.
              • How long it is kept: {retentionDays} days, then it is deleted.
              Reply "Agree" to continue, or "Disagree" to stop (nothing will be kept).
              """
            : $"""
              【返乡报备 · 个人信息使用告知】
              根据当地疫情防控指挥部的要求，{who}需要收集您的以下信息：姓名、手机号、住址、出行信息（出发地、出发和到达日期、交通方式）和健康状况。
              • 用途：仅用于疫情防控。
              • 查看范围：仅{who}的工作人员可以查看。
              • 保存期限：{retentionDays}天，到期后删除。
              同意请回复“同意”；不同意请回复“不同意”（将不保存任何信息）。
              """;
    }

    public string Declined(string hotline) => L(
        $"您没有同意，本次报备已结束，我们没有保存您的任何信息。如需报备，请重新发送“报备”；也可以致电社区热线 {Echo(hotline)}。",
        $"You did not agree, so the report has ended and nothing was kept. To report later, send \"report\" again, or call the community hotline {Echo(hotline)}.");

    public string Cancelled => L(
        "已取消本次报备，您填写的信息没有被保存。如需报备，请重新发送“报备”。",
        "The report has been cancelled and nothing you entered was kept. To start again, send \"report\".");

    public string Expired(TimeSpan idle) => L(
        $"本次报备已超过{Minutes(idle)}分钟没有回复，已自动结束，填写的信息没有被保存。如需报备，请重新发送“报备”。",
        $"This report expired after {Minutes(idle)} minutes without a reply, and nothing you entered was kept. To start again, send \"report\".");

    public string AlreadyReporting => L(
        "您正在进行返乡报备，请回答下面的问题（回复“取消”可退出）。",
        "You are already in the middle of a report. Please answer the question below (reply \"cancel\" to stop).");

    public string NothingToGoBackTo => L("已经是第一步了。", "This is already the first step.");

    public string Hotline(string hotline) => L(
        $"如果填写有困难，可以致电社区热线 {Echo(hotline)}，由工作人员帮您登记。",
        $"If you are having trouble, call the community hotline {Echo(hotline)} and staff will take your report by phone.");

    public string Updated => L("已修改。", "Updated.");

    public string CurrentValue(string value) => L($"当前填写：{value}", $"Current answer: {value}");

    public string AskName => L(
        "请输入您的姓名（2–20个汉字或字母），例如：张三\n（随时回复“返回”回到上一步，回复“取消”退出。）",
        "Please enter your full name (2–20 letters), for example: Li Lei\n(Reply \"back\" at any time to go back a step, or \"cancel\" to stop.)");

    public string AskPhone => L(
        "请输入您的手机号（11位），例如：13812345678",
        "Please enter your mainland China mobile number (11 digits), for example: 13812345678");

    public string AskCommunity => L(
        "请输入您居住的小区或社区名称，例如：阳光花园",
        "Which residential community do you live in? For example: Sunshine Garden");

    public string CommunityChoice => L(
        "找到多个符合的小区，请选择您居住的小区：",
        "Several communities match. Please choose yours:");

    public string AskHome => L(
        "请输入您的住址（楼栋-单元-房号），例如：5号楼2单元301 或 5-2-301",
        "Please enter your building, unit and room, for example: 5-2-301 (building 5, unit 2, room 301)");

    public string AskOrigin => L(
        "请问您是从哪里返回的？请写明省、市、区（县）和街道（乡镇），例如：北京市顺义区赵全营镇",
        "Where did you come back from? Please give the province, city, district and town, for example: 北京市顺义区赵全营镇 (Zhaoquanying, Shunyi, Beijing)");

    public string AskOriginChoice(IReadOnlyList<OriginCandidate> candidates)
    {
        var builder = new StringBuilder(L(
            "您填写的地点对应多个地区，请选择（也可以回复编号）：",
            "That place matches several areas. Please choose one (you can also reply with its number):"));
        for (var i = 0; i < candidates.Count; i++)
        {
            builder.Append('\n').Append(i + 1).Append(". ").Append(Echo(candidates[i].Label));
        }

        return builder.ToString();
    }

    public string AskDeparture(DateOnly today) => L(
        $"请问您是哪天离开该地区的？例如：{Iso(today.AddDays(-3))}、{ChineseMonthDay(today.AddDays(-3))} 或 3天前",
        $"On what date did you leave that area? For example: {Iso(today.AddDays(-3))} or 3 days ago");

    public string AskArrival(DateOnly today) => L(
        $"请问您是哪天到达本社区的？例如：今天、昨天 或 {ChineseMonthDay(today.AddDays(-1))}",
        $"On what date did you arrive in the community? For example: today, yesterday or {Iso(today.AddDays(-1))}");

    public string AskTravel => L(
        "请问您乘坐什么交通工具返回？可以附上车次或航班号，例如：高铁 G1234、飞机 CA1234、自驾",
        "How did you travel back? You can add the train or flight number, for example: train G1234, flight CA1234, car");

    public string AskHealth => L(
        "最近14天内，您是否有发热（体温≥37.3°C）、咳嗽或其他不适症状？请回复“有”或“没有”。",
        "In the last 14 days, have you had a fever (37.3°C or above), a cough or any other symptoms? Please reply \"yes\" or \"no\".");

    public string SummaryInstructions => L(
        $"信息无误请回复“确认”提交；需要修改请回复“修改”加编号，例如“修改 {SummaryNumbers.Origin}”；放弃请回复“取消”。",
        $"Reply \"confirm\" to submit, \"edit\" with a number to change an item (for example \"edit {SummaryNumbers.Origin}\"), or \"cancel\" to stop.");

    public string MissingAnswer => L(
        "还有信息没有填写，请先回答下面的问题。",
        "Some information is still missing; please answer the question below first.");

    public string AskEditNumber(IReadOnlyList<int> shown) => L(
        $"请回复要修改的编号（{string.Join("、", shown)}），例如：修改 {SummaryNumbers.Origin}",
        $"Which item do you want to change ({string.Join(", ", shown)})? For example: edit {SummaryNumbers.Origin}");

    public string Submitted(string hotline, int retentionDays) => L(
        $"报备已提交，感谢您的配合！社区工作人员会尽快与您联系，请留意电话。您的信息将保存{retentionDays}天后删除。如有疑问，请致电社区热线 {Echo(hotline)}。",
        $"Your report has been submitted, thank you! Community staff will contact you soon, so please keep your phone nearby. Your information will be deleted after {retentionDays} days. Questions? Call the community hotline {Echo(hotline)}.");

    // Reasons for re-asking; each is followed by the question, which carries the example.
    public string EmptyAnswer => L("没有收到文字回复。", "I didn't receive a text answer.");

    public string TooLong => L("回复太长了，请简短回答。", "That answer is too long; please keep it short.");

    public string InvalidName => L(
        "姓名需为2–20个汉字或英文字母，可以包含空格或“·”。",
        "A name must be 2–20 Chinese characters or Latin letters; single spaces and \"·\" are allowed.");

    public string InvalidPhone => L(
        "手机号格式不正确，需要是11位中国大陆手机号。",
        "That doesn't look like a mainland China mobile number (11 digits starting with 13–19).");

    public string CommunityNotFound => L(
        "没有找到这个小区，请检查名称后重新输入。",
        "No community with that name was found. Please check the name and try again.");

    public string InvalidHome => L(
        "没有识别出楼栋和房号，请按“楼栋-单元-房号”填写（没有单元可以不写）。",
        "I couldn't find a building and room number. Please write building-unit-room (leave out the unit if there is none).");

    public string OriginUnknown => L(
        "没有识别出这个地区，请写明省、市、区（县）和街道（乡镇）。",
        "I couldn't find that place. Please give the province, city, district and town.");

    public string OriginChoiceInvalid => L(
        "请从下面的选项中选择一个，或回复它的编号。",
        "Please choose one of the options below, or reply with its number.");

    public string DateUnreadable => L("没有识别出日期。", "I couldn't read that date.");

    public string DateInFuture(DateOnly today) => L(
        $"日期不能晚于今天（{Iso(today)}）。",
        $"The date can't be later than today ({Iso(today)}).");

    public string DepartureAfterArrival(DateOnly arrival) => L(
        $"出发日期不能晚于到达日期（{Iso(arrival)}）。",
        $"The departure date can't be after the arrival date ({Iso(arrival)}).");

    public string ArrivalBeforeDeparture(DateOnly departure) => L(
        $"到达日期不能早于出发日期（{Iso(departure)}）。",
        $"The arrival date can't be before the departure date ({Iso(departure)}).");

    public string ArrivalTooOld(DateOnly earliest, int days) => L(
        $"只需报备最近{days}天内到达的情况，到达日期需不早于 {Iso(earliest)}。",
        $"Only arrivals in the last {days} days need reporting; the arrival date must be {Iso(earliest)} or later.");

    public string InvalidTravel => L("没有识别出交通方式。", "I couldn't tell how you travelled.");

    public string InvalidHealth => L("请回复“有”或“没有”。", "Please reply \"yes\" or \"no\".");

    public string NoSuchItem(IReadOnlyList<int> shown) => L(
        $"没有这一项，可修改的编号是 {string.Join("、", shown)}。",
        $"There is no such item; you can edit {string.Join(", ", shown)}.");

    public string SummaryUnclear => L(
        "请回复“确认”、“修改 编号”或“取消”。",
        "Please reply \"confirm\", \"edit\" with a number, or \"cancel\".");

    public string Summary(ReportDraft draft)
    {
        var builder = new StringBuilder(L("请核对您的报备信息：", "Please check your report:"));
        foreach (var number in SummaryNumbers.Shown(draft.CommunityBound))
        {
            builder.Append('\n').Append(number).Append(". ")
                .Append(FieldLabel(number)).Append(L("：", ": "))
                .Append(FieldValue(draft, number));
        }

        return builder.ToString();
    }

    public string FieldLabel(int number) => number switch
    {
        SummaryNumbers.Name => L("姓名", "Name"),
        SummaryNumbers.Phone => L("手机", "Mobile"),
        SummaryNumbers.Community => L("社区", "Community"),
        SummaryNumbers.Home => L("住址", "Address"),
        SummaryNumbers.Origin => L("出发地", "Came from"),
        SummaryNumbers.Departure => L("出发日期", "Departure date"),
        SummaryNumbers.Arrival => L("到达日期", "Arrival date"),
        SummaryNumbers.Travel => L("交通方式", "Travel"),
        SummaryNumbers.Health => L("健康状况", "Health"),
        _ => string.Empty,
    };

    /// <summary>The answer for a summary item as shown back; resident-supplied text is always sanitised.</summary>
    public string FieldValue(ReportDraft draft, int number)
    {
        var value = number switch
        {
            SummaryNumbers.Name => Echo(draft.Name),
            SummaryNumbers.Phone => Echo(draft.Phone),
            SummaryNumbers.Community => Echo(draft.CommunityName),
            SummaryNumbers.Home => FormatHome(draft),
            SummaryNumbers.Origin => Echo(draft.OriginLabel ?? draft.OriginText),
            SummaryNumbers.Departure => draft.DepartureDate is { } departure ? Iso(departure) : string.Empty,
            SummaryNumbers.Arrival => draft.ArrivalDate is { } arrival ? Iso(arrival) : string.Empty,
            SummaryNumbers.Travel => FormatTravel(draft),
            SummaryNumbers.Health => draft.Symptoms switch
            {
                true => L("有发热、咳嗽或其他症状", "Has had fever, cough or other symptoms"),
                false => L("无症状", "No symptoms"),
                null => string.Empty,
            },
            _ => string.Empty,
        };
        return value.Length == 0 ? L("（未填写）", "(not answered)") : value;
    }

    private string FormatHome(ReportDraft draft)
    {
        if (draft.Building is null || draft.Room is null)
        {
            return string.Empty;
        }

        var building = Echo(draft.Building);
        var unit = draft.Unit is null ? null : Echo(draft.Unit);
        var room = Echo(draft.Room);
        if (_english)
        {
            return unit is null
                ? $"Building {building}, Room {room}"
                : $"Building {building}, Unit {unit}, Room {room}";
        }

        // "A座" reads naturally for lettered buildings, "5号楼" for numbered ones.
        var buildingText = SmallNumber.IsAsciiDigits(building) ? building + "号楼" : building + "座";
        return unit is null ? $"{buildingText}{room}室" : $"{buildingText}{unit}单元{room}室";
    }

    private string FormatTravel(ReportDraft draft)
    {
        var mode = draft.TravelMode switch
        {
            TravelModes.Train => L("火车/高铁", "Train"),
            TravelModes.Flight => L("飞机", "Flight"),
            TravelModes.Car => L("自驾", "Car"),
            TravelModes.Bus => L("大巴", "Bus"),
            TravelModes.Other => L("其他", "Other"),
            _ => string.Empty,
        };
        if (mode.Length == 0 || string.IsNullOrEmpty(draft.TravelNumber))
        {
            return mode;
        }

        return L($"{mode}（{Echo(draft.TravelNumber)}）", $"{mode} ({Echo(draft.TravelNumber)})");
    }

    private static string Echo(string? text) => TextInput.ForDisplay(text, EchoLength);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ChineseMonthDay(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");

    private static string Minutes(TimeSpan span) =>
        Math.Max(1, (int)Math.Round(span.TotalMinutes)).ToString(CultureInfo.InvariantCulture);

    private string L(string chinese, string english) => _english ? english : chinese;
}
