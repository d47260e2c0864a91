using HotlineBot.EndToEnd.OperatorConsole;
using HotlineBot.EndToEnd.Sms;
using HotlineBot.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace HotlineBot.EndToEnd.Collaborators;

/// <summary>
/// A collaborator on a basic phone opens the procedures by texting the account name and password through Twilio;
/// a disabled account is refused. The replies go out without diacritics, as every SMS does.
/// </summary>
public sealed class CollaboratorSmsTests : SmsFixture
{
    private const string Name = "ctv-sms-thu";

    protected override IDictionary<string, string?> ExtraSettings => ConsoleFixture.AlwaysOnDuty;

    private const string ChooseByNumber = "Tra loi 1";

    private int _seen;

    [Fact]
    public async Task A_collaborator_texts_name_and_password_and_reads_a_procedure()
    {
        await Server.Services.GetRequiredService<OperatorAccountStore>().SaveAsync(Name, OperatorRoles.Collaborator, CollaboratorFixture.Password, "lang-son");
        var phone = Phone("+84911000001");

        await phone.SendAsync("xin chao");
        await TextsUntilAsync(ChooseByNumber);
        await phone.SendAsync("5");
        await TextsUntilAsync("nhap ten dang nhap");
        await phone.SendAsync(Name);
        await TextsUntilAsync("nhap mat khau");
        await phone.SendAsync(CollaboratorFixture.Password);
        var opened = await TextsUntilAsync(ChooseByNumber);
        Assert.Contains("Da dang nhap khu vuc cong tac vien", opened);
        Assert.Contains("1. Nhan tin bao bao luc", opened);

        await phone.SendAsync("6");
        Assert.Contains("Bao cao 6 thang: gui truoc ngay 15/6", await TextsUntilAsync(ChooseByNumber));
        Assert.DoesNotContain(Server.LogLines, l => l.Contains(CollaboratorFixture.Password, StringComparison.Ordinal) || l.Contains(Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_disabled_account_is_refused_even_with_the_right_password()
    {
        var accounts = Server.Services.GetRequiredService<OperatorAccountStore>();
        await accounts.SaveAsync(Name, OperatorRoles.Collaborator, CollaboratorFixture.Password);
        await accounts.SetDisabledAsync(Name, true);
        var phone = Phone("+84911000002");

        await phone.SendAsync("xin chao");
        await TextsUntilAsync(ChooseByNumber);
        await phone.SendAsync("cong tac vien");
        await TextsUntilAsync("nhap ten dang nhap");
        await phone.SendAsync(Name);
        await TextsUntilAsync("nhap mat khau");
        await phone.SendAsync(CollaboratorFixture.Password);
        var refused = await TextsUntilAsync(ChooseByNumber);

        Assert.Contains("Tai khoan nay da ngung hoat dong", refused);
        Assert.DoesNotContain("Nhan tin bao bao luc", refused);
    }

    /// <summary>The texts sent since the last call, once one of them contains <paramref name="fragment"/> (the end of a reply).</summary>
    private async Task<string> TextsUntilAsync(string fragment)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var sent = Twilio.Sent;
            var texts = string.Join("\n", sent.Skip(_seen).Select(m => m.Body));
            if (texts.Contains(fragment, StringComparison.Ordinal))
            {
                _seen = sent.Count;
                return texts;
            }
            Assert.True(DateTime.UtcNow < deadline, $"no text with \"{fragment}\" came; sent so far: {texts}");
            await Task.Delay(50);
        }
    }
}
