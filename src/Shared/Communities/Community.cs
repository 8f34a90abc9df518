namespace CommunityNotices.Communities;

/// <summary>A residential community (社区): the root that groups, reports, broadcasts and schedules hang on.</summary>
public sealed class Community
{
    private Community() { }

    public Community(string name, string code, string district, string hotline, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Name = name;
        Code = code;
        District = district;
        Hotline = hotline;
        CreatedAt = now.ToUniversalTime();
        UpdatedAt = CreatedAt;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>URL-safe and unique; used in chat links such as <c>/chat/{code}</c>.</summary>
    public string Code { get; private set; } = "";
    public string District { get; private set; } = "";
    public string Hotline { get; private set; } = "";
    /// <summary>When residents under isolation or monitoring are asked for their daily health check-in (China time).</summary>
    public TimeOnly CheckInTime { get; private set; } = new(9, 0);
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(string? name, string? code, string? district, string? hotline, DateTimeOffset now, TimeOnly? checkInTime = null)
    {
        CheckInTime = checkInTime ?? CheckInTime;
        Name = name ?? Name;
        Code = code ?? Code;
        District = district ?? District;
        Hotline = hotline ?? Hotline;
        UpdatedAt = now.ToUniversalTime();
    }
}
