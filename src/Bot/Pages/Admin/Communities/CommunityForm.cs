using System.Globalization;
using CommunityNotices.Communities;
using static CommunityNotices.Bot.Admin.AdminText;

namespace CommunityNotices.Bot.Pages.Admin.Communities;

/// <summary>A community's editable fields as the form posts them, checked with the same <see cref="CommunityRules"/> as the API.</summary>
public sealed class CommunityForm
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? District { get; set; }
    public string? Hotline { get; set; }
    public string? CheckInTime { get; set; } = "09:00";

    public TimeOnly? ParsedCheckInTime =>
        TimeOnly.TryParseExact(CheckInTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public List<string> Validate()
    {
        var errors = new List<string>();
        if (CommunityRules.CheckName(Name) is not null)
        {
            errors.Add(T($"请填写社区名称（最多 {CommunityRules.NameMaxLength} 字）。", $"Enter the name (at most {CommunityRules.NameMaxLength} characters)."));
        }

        if (CommunityRules.CheckCode(Code) is not null)
        {
            errors.Add(T("代码须为 1-40 个小写字母、数字或“-”，不能以“-”开头或结尾（用于聊天链接）。",
                "Code: 1-40 lowercase letters, digits or '-', not starting or ending with '-' (used in chat links)."));
        }

        if (CommunityRules.CheckDistrict(District) is not null)
        {
            errors.Add(T($"所属区县最多 {CommunityRules.DistrictMaxLength} 字。", $"District: at most {CommunityRules.DistrictMaxLength} characters."));
        }

        if (CommunityRules.CheckHotline(Hotline) is not null)
        {
            errors.Add(T("请填写咨询电话（数字、空格、+、-、括号）。", "Enter the hotline (digits, spaces, '+', '-', parentheses)."));
        }

        if (ParsedCheckInTime is null)
        {
            errors.Add(T("每日健康打卡时间须为 HH:mm，如 09:00。", "Check-in time must be HH:mm, e.g. 09:00."));
        }

        return errors;
    }

    public static CommunityForm From(Community c) => new()
    {
        Name = c.Name, Code = c.Code, District = c.District, Hotline = c.Hotline,
        CheckInTime = c.CheckInTime.ToString("HH:mm", CultureInfo.InvariantCulture),
    };
}
