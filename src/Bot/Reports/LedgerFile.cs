using MiniExcelLibs;

namespace CommunityNotices.Bot.Reports;

/// <summary>The ledger as a file a secretary opens in Excel: Chinese headers, one row per report.</summary>
internal static class LedgerFile
{
    public static async Task<byte[]> WriteAsync(IEnumerable<ReportRow> rows, string format, CancellationToken ct)
    {
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            ["姓名"] = r.Name,
            ["手机号"] = r.Phone,
            ["楼栋"] = r.Building,
            ["单元"] = r.Unit,
            ["房号"] = r.Room,
            ["出发地"] = $"{r.Origin.Province}{(r.Origin.City == r.Origin.Province ? "" : r.Origin.City)}{r.Origin.District}{r.Origin.Area}",
            ["行政区划代码"] = r.Origin.Code,
            ["出发日期"] = r.DepartureDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["到达日期"] = r.ArrivalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["交通方式"] = TravelName(r.Travel.Mode) + (r.Travel.Number is null ? "" : " " + r.Travel.Number),
            ["14天内症状"] = r.Symptoms ? "有" : "无",
            ["风险匹配"] = r.Match switch { "area" => "风险地区", "district" => "风险区县", _ => "无" },
            ["风险等级"] = r.Level switch { "high" => "高", "medium" => "中", "low" => "低", _ => "" },
            ["管控要求"] = r.Instructions,
            ["截止日期"] = r.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["状态"] = r.Status == "completed" ? "已期满" : "管控中",
            ["报备时间"] = r.CreatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();

        using var stream = new MemoryStream();
        if (format == "csv")
        {
            // A BOM so that Excel opens UTF-8 Chinese correctly.
            stream.Write("\uFEFF"u8);
            await stream.SaveAsAsync(table, excelType: ExcelType.CSV, cancellationToken: ct);
        }
        else
        {
            await stream.SaveAsAsync(table, sheetName: "返乡报备", excelType: ExcelType.XLSX, cancellationToken: ct);
        }

        return stream.ToArray();
    }

    private static string TravelName(string? mode) => mode switch
    {
        "train" => "火车/高铁",
        "flight" => "飞机",
        "car" => "自驾",
        "bus" => "大巴",
        "other" => "其他",
        _ => "",
    };
}
