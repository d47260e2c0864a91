using HotlineBot.EndToEnd.Infrastructure;
using Microsoft.Extensions.Options;

namespace HotlineBot.EndToEnd.Collaborators;

/// <summary>The collaborator area over Direct Line against the running service and a real Redis: only the right code opens it.</summary>
public sealed class CollaboratorAccessTests(CollaboratorFixture service) : IClassFixture<CollaboratorFixture>
{
    private const string Collaborator = "Dành cho cộng tác viên";
    private const string FirstProcedure = "Nhận tin báo bạo lực";

    [Fact]
    public async Task A_wrong_code_never_unlocks_and_after_three_the_right_one_does_not_either()
    {
        using var citizen = new DirectLineClient(service.Server.DirectLineUrl);
        await citizen.StartAsync();
        await citizen.ReceiveAsync();
        var seen = new List<string>();

        await citizen.SayAsync(Collaborator);
        seen.AddRange(await citizen.BotSaysAsync());
        foreach (var wrong in new[] { "MA-THU-NGHIEM-2026", "ma-thu-nghiem-2026x", CollaboratorFixture.Hash })
        {
            await citizen.SayAsync(wrong);
            seen.AddRange(await citizen.BotSaysAsync());
        }
        await citizen.SayAsync(Collaborator);
        var whileLocked = await citizen.BotSaysAsync();
        await citizen.SayAsync(CollaboratorFixture.Code);
        seen.AddRange(whileLocked);
        seen.AddRange(await citizen.BotSaysAsync());

        Assert.Contains(seen, s => s.StartsWith("Mã chưa đúng. Bạn còn 2 lần thử", StringComparison.Ordinal));
        Assert.Contains(whileLocked, s => s.Contains("tạm khóa", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, s => s.Contains("Đã mở", StringComparison.Ordinal) || s.Contains("Bước 1/", StringComparison.Ordinal));
        Assert.DoesNotContain(await ProcedureOffersAsync(citizen), a => a == FirstProcedure);
        Assert.DoesNotContain(service.Server.LogLines, l => l.Contains("ma-thu-nghiem", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_right_code_unlocks_and_the_unlock_is_kept_in_redis()
    {
        using var collaborator = new DirectLineClient(service.Server.DirectLineUrl);
        await collaborator.StartAsync();
        await collaborator.ReceiveAsync();

        await collaborator.SayAsync(Collaborator);
        await collaborator.ReceiveAsync();
        await collaborator.SayAsync(CollaboratorFixture.Code);
        var unlocked = await collaborator.ReceiveAsync();

        var texts = unlocked.Select(a => a["text"]?.GetValue<string>() ?? "").ToList();
        Assert.Contains($"Đã mở khu vực cộng tác viên ({CollaboratorFixture.Issuer}). Phiên làm việc mở trong 8 giờ.", texts);
        var offers = unlocked[^1]["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>());
        Assert.Equal(FirstProcedure, offers.First());

        await collaborator.SayAsync("cấm tiếp xúc mấy ngày");
        var step = (await collaborator.BotSaysAsync()).Single();
        Assert.StartsWith("Đề nghị Chủ tịch UBND xã cấm tiếp xúc (9 bước). Bước 1/9:", step);
        Assert.DoesNotContain(service.Server.LogLines, l => l.Contains(CollaboratorFixture.Code, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Collaborators:AccessCodes:0:Hash", CollaboratorFixture.Code, "hash-access-code")] // the code pasted instead of its hash
    [InlineData("Collaborators:AccessCodes:0:Province", "ha-giang", "provinces.csv")] // a former province
    [InlineData("Collaborators:MaxAttempts", "0", "MaxAttempts")]
    public async Task A_bad_collaborator_setting_stops_start_up_naming_it(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Collaborators:AccessCodes:0:Issuer"] = CollaboratorFixture.Issuer,
            ["Collaborators:AccessCodes:0:Hash"] = CollaboratorFixture.Hash,
            [key] = value,
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => HotlineServer.StartAsync(service.Redis.ConnectionString, settings));

        Assert.Contains(named, string.Join(" ", error.Failures));
        Assert.DoesNotContain(CollaboratorFixture.Code, string.Join(" ", error.Failures));
    }

    /// <summary>The quick replies under the bot's last message after asking for the collaborator area once more.</summary>
    private static async Task<IEnumerable<string>> ProcedureOffersAsync(DirectLineClient client)
    {
        await client.SayAsync(Collaborator);
        var activities = await client.ReceiveAsync();
        return activities[^1]["suggestedActions"]?["actions"]?.AsArray().Select(a => a!["title"]!.GetValue<string>()) ?? [];
    }
}
