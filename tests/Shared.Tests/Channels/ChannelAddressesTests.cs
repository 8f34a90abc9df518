using CommunityNotices.Channels;
using CommunityNotices.Groups;
using System.Text.Json;

namespace CommunityNotices.Shared.Tests.Channels;

public sealed class ChannelAddressesTests
{
    private const string WeComKey = "693a91f6-7a0c-4bc4-97a0-0ec2d1fa5aaa";
    private const string DingTalkToken = "b955c1f0d2a94e6f8b7a3c5d9e1f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f";
    private const string FeishuToken = "f19a6b2c-3d4e-4f50-8a61-7b8c9d0e1f2a";
    private const string Secret = "SECf094e0d33f7a1b2c3d4e5f6071829";

    private static readonly string[] NoExtraHosts = [];

    private static string WeCom(string url) => JsonSerializer.Serialize(new { webhookUrl = url });

    private static string Signed(string url, string secret = Secret) => JsonSerializer.Serialize(new { webhookUrl = url, secret });

    private static string Webhook(string url, string secret = Secret) => JsonSerializer.Serialize(new { url, secret });

    private static IReadOnlyList<string> Errors(ChannelKind kind, string json, params string[] hosts) =>
        ChannelAddresses.Validate(kind, json, hosts).Select(error => error.ToString()).ToList();

    [Fact]
    public void Validate_ReturnsNoErrors_WhenEachVendorAddressIsCorrect()
    {
        Assert.Empty(Errors(ChannelKind.WeCom, WeCom($"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WeComKey}")));
        Assert.Empty(Errors(ChannelKind.DingTalk, Signed($"https://oapi.dingtalk.com/robot/send?access_token={DingTalkToken}")));
        Assert.Empty(Errors(ChannelKind.Feishu, Signed($"https://open.feishu.cn/open-apis/bot/v2/hook/{FeishuToken}")));
        Assert.Empty(Errors(ChannelKind.Feishu, Signed($"https://open.larksuite.com/open-apis/bot/v2/hook/{FeishuToken}")));
        Assert.Empty(Errors(ChannelKind.Webhook, Webhook("https://hooks.example.org/notices"), "hooks.example.org"));
    }

    [Fact]
    public void Validate_ReportsVendorHost_WhenWeComHostIsWrong()
    {
        Assert.Equal(
            ["webhookUrl: host must be qyapi.weixin.qq.com"],
            Errors(ChannelKind.WeCom, WeCom($"https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key={WeComKey}")));
    }

    [Fact]
    public void Validate_ListsBothHosts_WhenFeishuHostIsWrong()
    {
        Assert.Equal(
            ["webhookUrl: host must be one of open.feishu.cn, open.larksuite.com"],
            Errors(ChannelKind.Feishu, Signed($"https://open.feishu.com/open-apis/bot/v2/hook/{FeishuToken}")));
    }

    [Fact]
    public void Validate_RequiresHttps_WhenVendorHostUsesHttp()
    {
        Assert.Equal(
            ["webhookUrl: must use https"],
            Errors(ChannelKind.WeCom, WeCom($"http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WeComKey}")));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public void Validate_AllowsLoopbackOverHttp_WhenLoopbackHostIsPassedIn(string host)
    {
        var json = WeCom($"http://{host}:5123/cgi-bin/webhook/send?key={WeComKey}");

        Assert.Empty(Errors(ChannelKind.WeCom, json, host));
    }

    [Fact]
    public void Validate_RejectsLoopback_WhenLoopbackHostIsNotPassedIn()
    {
        var errors = Errors(ChannelKind.DingTalk, Signed($"http://127.0.0.1:5123/robot/send?access_token={DingTalkToken}"));

        Assert.Equal(["webhookUrl: host must be oapi.dingtalk.com"], errors);
    }

    [Fact]
    public void Validate_RequiresHttps_WhenExtraHostIsNotLoopback()
    {
        var errors = Errors(ChannelKind.Webhook, Webhook("http://hooks.example.org/notices"), "hooks.example.org");

        Assert.Equal(["url: must use https"], errors);
    }

    [Fact]
    public void Validate_ReportsMissingKey_WhenWeComUrlHasNoKey()
    {
        Assert.Equal(
            ["webhookUrl: must carry key=<the robot's key>"],
            Errors(ChannelKind.WeCom, WeCom("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?debug=1")));
    }

    [Fact]
    public void Validate_ReportsEmptyKey_WhenWeComKeyIsBlank()
    {
        Assert.Equal(
            ["webhookUrl: must carry key=<the robot's key>"],
            Errors(ChannelKind.WeCom, WeCom("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=")));
    }

    [Fact]
    public void Validate_ReportsPath_WhenWeComPathIsWrong()
    {
        Assert.Equal(
            ["webhookUrl: path must be /cgi-bin/webhook/send"],
            Errors(ChannelKind.WeCom, WeCom($"https://qyapi.weixin.qq.com/cgi-bin/message/send?key={WeComKey}")));
    }

    [Fact]
    public void Validate_ReportsMissingAccessToken_WhenDingTalkUrlHasNone()
    {
        Assert.Equal(
            ["webhookUrl: must carry access_token=<the robot's access_token>"],
            Errors(ChannelKind.DingTalk, Signed("https://oapi.dingtalk.com/robot/send")));
    }

    [Fact]
    public void Validate_ReportsPath_WhenFeishuPathHasNoToken()
    {
        Assert.Equal(
            ["webhookUrl: path must be /open-apis/bot/v2/hook/<token>"],
            Errors(ChannelKind.Feishu, Signed("https://open.feishu.cn/open-apis/bot/v2/hook/")));
    }

    [Theory]
    [InlineData(ChannelKind.DingTalk)]
    [InlineData(ChannelKind.Feishu)]
    public void Validate_ReportsMissingSecret_WhenSigningVendorHasNoSecret(ChannelKind kind)
    {
        var url = kind == ChannelKind.DingTalk
            ? $"https://oapi.dingtalk.com/robot/send?access_token={DingTalkToken}"
            : $"https://open.feishu.cn/open-apis/bot/v2/hook/{FeishuToken}";

        Assert.Equal(["secret: is required"], Errors(kind, WeCom(url)));
        Assert.Equal(["secret: is required"], Errors(kind, Signed(url, "   ")));
    }

    [Fact]
    public void Validate_ReportsMissingSecret_WhenWebhookHasNoSecret()
    {
        Assert.Equal(["secret: is required"], Errors(ChannelKind.Webhook, """{"url":"https://hooks.example.org/n"}""", "hooks.example.org"));
    }

    [Fact]
    public void Validate_ReportsSecretWithSpaces_WhenSecretWasPastedBroken()
    {
        Assert.Equal(
            ["secret: must not contain spaces or control characters"],
            Errors(ChannelKind.Webhook, Webhook("https://hooks.example.org/n", "abc def"), "hooks.example.org"));
    }

    [Fact]
    public void Validate_ExplainsNoHostsConfigured_WhenWebhookHasNoAllowedHosts()
    {
        var error = Assert.Single(Errors(ChannelKind.Webhook, Webhook("https://hooks.example.org/n")));

        Assert.Equal("url: host hooks.example.org is not allowed: no hosts are configured for Webhook addresses", error);
    }

    [Theory]
    [InlineData("https://a.example.org/n", true)]
    [InlineData("https://deep.a.example.org/n", true)]
    [InlineData("https://A.EXAMPLE.ORG/n", true)]
    [InlineData("https://example.org/n", false)]
    [InlineData("https://evilexample.org/n", false)]
    [InlineData("https://a.example.org.evil.net/n", false)]
    public void Validate_MatchesWildcardSubdomains_WhenPatternGiven(string url, bool allowed)
    {
        Assert.Equal(allowed, Errors(ChannelKind.Webhook, Webhook(url), "*.example.org").Count == 0);
    }

    [Fact]
    public void Validate_IgnoresBareStar_WhenPatternTriesToAllowEverything()
    {
        Assert.NotEmpty(Errors(ChannelKind.Webhook, Webhook("https://anything.example/n"), "*"));
    }

    [Theory]
    [InlineData("not json", "$: is not valid JSON")]
    [InlineData("[]", "$: must be a JSON object")]
    [InlineData("""{"webhookUrl":42}""", "webhookUrl: must be a string")]
    [InlineData("""{}""", "webhookUrl: is required")]
    [InlineData("""{"webhookUrl":"qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a"}""", "webhookUrl: must be an absolute URL")]
    [InlineData("""{"webhookUrl":"ftp://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a"}""", "webhookUrl: must be an https URL")]
    [InlineData("""{"webhookUrl":"https://u:p@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a"}""", "webhookUrl: must not contain a user name or password")]
    [InlineData("""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a#x"}""", "webhookUrl: must not contain a #fragment")]
    [InlineData("""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a&key=b"}""", "webhookUrl: must carry key= only once")]
    [InlineData("""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a b"}""", "webhookUrl: must carry key=<the robot's key>")]
    public void Validate_ReportsTheProblem_WhenWeComAddressIsMalformed(string json, string expected)
    {
        Assert.Contains(expected, Errors(ChannelKind.WeCom, json));
    }

    [Fact]
    public void Validate_ReportsUnknownAndDuplicateFields_WhenJsonHasThem()
    {
        var json = $$"""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a","WEBHOOKURL":"x","secret":"s"}""";

        Assert.Equal(["webhookUrl: appears more than once", "secret: is not a field of this address"], Errors(ChannelKind.WeCom, json));
    }

    [Fact]
    public void Normalize_DropsUnknownFields_WhenStoredAddressHasThem()
    {
        var json = $$"""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={{WeComKey}}","note":"3 号楼群"}""";

        Assert.Equal(
            $$"""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={{WeComKey}}"}""",
            ChannelAddresses.Normalize(ChannelKind.WeCom, json));
        Assert.Matches("^wecom:", ChannelAddresses.RateKey(ChannelKind.WeCom, json));
    }

    [Fact]
    public void Validate_AcceptsJsonElement_WhenCallerAlreadyParsed()
    {
        using var document = JsonDocument.Parse(WeCom($"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WeComKey}"));

        Assert.Empty(ChannelAddresses.Validate(ChannelKind.WeCom, document.RootElement, NoExtraHosts));
    }

    [Fact]
    public void Validate_RejectsBotFramework_WhenAskedForAWebHookAddress()
    {
        Assert.Equal("$", Assert.Single(ChannelAddresses.Validate(ChannelKind.BotFramework, "{}", NoExtraHosts)).Field);
    }

    [Fact]
    public void Validate_AcceptsTrailingCommaAndLooseFieldCase_WhenPastedByHand()
    {
        var json = $$"""{ "WebhookURL": " https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={{WeComKey}} ", }""";

        Assert.Empty(Errors(ChannelKind.WeCom, json));
    }

    [Fact]
    public void Normalize_ReturnsCanonicalJson_WhenPastedFormIsMessy()
    {
        var json = $$"""{"WebhookURL":"  HTTPS://QYAPI.Weixin.QQ.com:443/cgi-bin/webhook/send?debug=1&key={{WeComKey}}  "}""";

        Assert.Equal(
            $$"""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={{WeComKey}}"}""",
            ChannelAddresses.Normalize(ChannelKind.WeCom, json));
    }

    [Fact]
    public void Normalize_KeepsSecretAndDropsTrailingSlash_WhenFeishu()
    {
        var json = Signed($"https://open.feishu.cn/open-apis/bot/v2/hook/{FeishuToken}/", " secret ");

        Assert.Equal(
            $$"""{"webhookUrl":"https://open.feishu.cn/open-apis/bot/v2/hook/{{FeishuToken}}","secret":"secret"}""",
            ChannelAddresses.Normalize(ChannelKind.Feishu, json));
    }

    [Fact]
    public void Normalize_KeepsPathAndQuery_WhenGenericWebhook()
    {
        var json = Webhook("https://Hooks.Example.org/a/b?tenant=7");

        Assert.Equal(
            $$"""{"url":"https://hooks.example.org/a/b?tenant=7","secret":"{{Secret}}"}""",
            ChannelAddresses.Normalize(ChannelKind.Webhook, json));
    }

    [Fact]
    public void Normalize_Throws_WhenAddressIsStructurallyInvalid()
    {
        var error = Assert.Throws<FormatException>(() => ChannelAddresses.Normalize(ChannelKind.DingTalk, Signed("https://oapi.dingtalk.com/robot/send")));

        Assert.Contains("access_token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_AcceptsJsonElement_WhenCallerAlreadyParsed()
    {
        using var document = JsonDocument.Parse(Webhook("https://hooks.example.org/n"));

        Assert.StartsWith("""{"url":"https://hooks.example.org/n",""", ChannelAddresses.Normalize(ChannelKind.Webhook, document.RootElement), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChannelKind.WeCom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd1234-aaaa-bbbb-cccc-ddddeeeewxyz", """{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd…wxyz"}""")]
    [InlineData(ChannelKind.DingTalk, "https://oapi.dingtalk.com/robot/send?access_token=abcd0000000000000000000000000000wxyz", """{"webhookUrl":"https://oapi.dingtalk.com/robot/send?access_token=abcd…wxyz","secret":"••••"}""")]
    [InlineData(ChannelKind.Feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/abcd1234-aaaa-bbbb-cccc-ddddeeeewxyz", """{"webhookUrl":"https://open.feishu.cn/open-apis/bot/v2/hook/abcd…wxyz","secret":"••••"}""")]
    public void Redact_ShowsOnlyEndsOfKeyAndHidesSecret_WhenVendorAddress(ChannelKind kind, string url, string expected)
    {
        var json = kind == ChannelKind.WeCom ? WeCom(url) : Signed(url);

        Assert.Equal(expected, ChannelAddresses.Redact(kind, json));
    }

    [Fact]
    public void Redact_NeverContainsKeyOrSecret_ForAnyKind()
    {
        var cases = new (ChannelKind Kind, string Json, string Key)[]
        {
            (ChannelKind.WeCom, WeCom($"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WeComKey}"), WeComKey),
            (ChannelKind.DingTalk, Signed($"https://oapi.dingtalk.com/robot/send?access_token={DingTalkToken}"), DingTalkToken),
            (ChannelKind.Feishu, Signed($"https://open.feishu.cn/open-apis/bot/v2/hook/{FeishuToken}"), FeishuToken),
            (ChannelKind.Webhook, Webhook("https://hooks.example.org/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX?token=tok-123456"), "XXXXXXXXXXXXXXXXXXXXXXXX"),
        };

        foreach (var (kind, json, key) in cases)
        {
            var redacted = ChannelAddresses.Redact(kind, json);
            Assert.DoesNotContain(key, redacted, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, redacted, StringComparison.Ordinal);
            Assert.DoesNotContain(key[4..^4], redacted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Redact_MasksQueryValuesAndLongPathSegments_WhenGenericWebhook()
    {
        var json = Webhook("https://hooks.example.org/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX?token=tok-123456&x");

        Assert.Equal(
            """{"url":"https://hooks.example.org/services/T000/B000/XXXX…XXXX?token=••••&x","secret":"••••"}""",
            ChannelAddresses.Redact(ChannelKind.Webhook, json));
    }

    [Fact]
    public void Redact_HidesShortKeyEntirely_WhenShowingEndsWouldRevealMostOfIt()
    {
        Assert.Equal(
            """{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=••••"}""",
            ChannelAddresses.Redact(ChannelKind.WeCom, WeCom("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=shortkey1234")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"webhookUrl":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a&key=b"}""")]
    public void Redact_ReturnsPlaceholder_WhenAddressIsInvalid(string json)
    {
        Assert.Equal("(invalid address)", ChannelAddresses.Redact(ChannelKind.WeCom, json));
    }

    [Fact]
    public void RateKey_IsShared_WhenTwoGroupsPasteTheSameRobotDifferently()
    {
        var first = WeCom($"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WeComKey}");
        var second = WeCom($"HTTPS://QYAPI.WEIXIN.QQ.COM/cgi-bin/webhook/send?debug=1&key={WeComKey} ");

        Assert.Equal(ChannelAddresses.RateKey(ChannelKind.WeCom, first), ChannelAddresses.RateKey(ChannelKind.WeCom, second));
    }

    [Fact]
    public void RateKey_IsShared_WhenSameDingTalkRobotHasDifferentSecretsStored()
    {
        var url = $"https://oapi.dingtalk.com/robot/send?access_token={DingTalkToken}";

        Assert.Equal(
            ChannelAddresses.RateKey(ChannelKind.DingTalk, Signed(url, "SECold")),
            ChannelAddresses.RateKey(ChannelKind.DingTalk, Signed(url, "SECnew")));
    }

    [Fact]
    public void RateKey_Differs_WhenRobotsDiffer()
    {
        var first = ChannelAddresses.RateKey(ChannelKind.Feishu, Signed($"https://open.feishu.cn/open-apis/bot/v2/hook/{FeishuToken}"));
        var second = ChannelAddresses.RateKey(ChannelKind.Feishu, Signed("https://open.feishu.cn/open-apis/bot/v2/hook/another-token"));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void RateKey_IsPrefixedHashWithoutKey_WhenComputed()
    {
        var rateKey = ChannelAddresses.RateKey(ChannelKind.WeCom, WeCom($"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WeComKey}"));

        Assert.Matches("^wecom:[0-9a-f]{32}$", rateKey);
        Assert.DoesNotContain(WeComKey, rateKey, StringComparison.Ordinal);
    }

    [Fact]
    public void RateKey_Throws_WhenAddressIsInvalid()
    {
        Assert.Throws<FormatException>(() => ChannelAddresses.RateKey(ChannelKind.WeCom, "{}"));
    }

    [Fact]
    public void DefaultAllowedHosts_ListVendorHostsAndNoneForWebhook_Always()
    {
        Assert.Equal(["qyapi.weixin.qq.com"], ChannelAddresses.DefaultAllowedHosts(ChannelKind.WeCom));
        Assert.Equal(["oapi.dingtalk.com"], ChannelAddresses.DefaultAllowedHosts(ChannelKind.DingTalk));
        Assert.Equal(["open.feishu.cn", "open.larksuite.com"], ChannelAddresses.DefaultAllowedHosts(ChannelKind.Feishu));
        Assert.Empty(ChannelAddresses.DefaultAllowedHosts(ChannelKind.Webhook));
    }
}
