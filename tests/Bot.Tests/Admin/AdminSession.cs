using System.Net;
using System.Text.RegularExpressions;

namespace CommunityNotices.Bot.Tests.Admin;

/// <summary>A browser-less staff session over real HTTP: keeps cookies, reads and sends the anti-forgery token.</summary>
internal sealed partial class AdminSession : IDisposable
{
    private readonly HttpClient _client;

    public AdminSession(Uri baseAddress)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client => _client;

    public static async Task<AdminSession> SignInAsync(Uri baseAddress, string userName, string password = StaffAccounts.Password)
    {
        var session = new AdminSession(baseAddress);
        var response = await session.PostFormAsync("/admin/login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    public async Task<string> GetPageAsync(string path)
    {
        var response = await _client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync()
            : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>Loads the page first for its form's token (or <paramref name="tokenFrom"/>), then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await (await _client.GetAsync(tokenFrom ?? path.Split('?')[0])).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page);
        var form = new Dictionary<string, string>(fields);
        if (token.Success)
        {
            form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        using var content = new FormUrlEncodedContent(form);
        return await _client.PostAsync(path, content);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
