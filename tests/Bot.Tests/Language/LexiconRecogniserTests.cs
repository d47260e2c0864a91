using Xunit;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class LexiconRecogniserTests
{
    [Theory]
    [InlineData("chồng em đánh em", "chồng")]
    [InlineData("ck e danh e", "chồng")]
    [InlineData("chong toi", "chồng")]
    [InlineData("vk tôi", "vợ")]
    [InlineData("mẹ chồng chửi em", "mẹ chồng")]
    [InlineData("me chong chui e", "mẹ chồng")]
    [InlineData("bố dượng", "bố dượng")]
    [InlineData("bo duong", "bố dượng")]
    [InlineData("cha dượng", "bố dượng")]
    [InlineData("ny e", "người yêu")]
    [InlineData("người yêu cũ", "người yêu cũ")]
    [InlineData("sếp em", "sếp")]
    [InlineData("sep e", "sếp")]
    [InlineData("mẹ kế", "mẹ kế")]
    public void Finds_the_relation(string message, string expected) =>
        Assert.Contains(LanguageData.Entities(message, EntityKinds.Relation), e => e.Value == expected);

    [Theory]
    [InlineData("nó cầm dao", "dao")]
    [InlineData("no cam dao", "dao")]
    [InlineData("cầm búa", "búa")]
    [InlineData("cam bua dap", "búa")]
    [InlineData("đổ can xăng", "xăng")]
    [InlineData("do xang", "xăng")]
    [InlineData("khẩu súng", "súng")]
    [InlineData("khau sung", "súng")]
    [InlineData("dọa tạt axit", "axit")]
    [InlineData("cây gậy", "gậy")]
    public void Finds_weapons(string message, string expected) =>
        Assert.Contains(LanguageData.Entities(message, EntityKinds.Weapon), e => e.Value == expected);

    [Theory]
    [InlineData("dạo này em buồn")]
    [InlineData("dao nay e buon")]
    [InlineData("mặt em bị sưng")]
    [InlineData("bua com toi nay")]
    [InlineData("ck e danh e roi")]
    public void No_weapon_in_look_alikes(string message) =>
        Assert.Empty(LanguageData.Entities(message, EntityKinds.Weapon));

    [Theory]
    [InlineData("con em đang khóc", "con")]
    [InlineData("hai đứa con", "con")]
    [InlineData("2 dua con", "con")]
    [InlineData("e dang co bau", "thai")]
    [InlineData("em đang mang thai", "thai")]
    public void Finds_children_and_pregnancy(string message, string expected) =>
        Assert.Contains(LanguageData.Entities(message, EntityKinds.Children), e => e.Value == expected);

    [Theory]
    [InlineData("em muốn chết", "muốn chết")]
    [InlineData("e muon chet", "muốn chết")]
    [InlineData("tôi muốn tự tử", "tự tử")]
    [InlineData("k muon song nua", "không muốn sống")]
    [InlineData("uống thuốc ngủ", "cách tự hại")]
    public void Finds_self_harm_cues(string message, string expected) =>
        Assert.Contains(LanguageData.Entities(message, EntityKinds.SelfHarm), e => e.Value == expected);

    [Theory]
    [InlineData("mệt muốn chết")]
    [InlineData("nong muon chet")]
    [InlineData("e can tu van")]
    public void No_self_harm_in_idioms(string message) =>
        Assert.Empty(LanguageData.Entities(message, EntityKinds.SelfHarm));
}
