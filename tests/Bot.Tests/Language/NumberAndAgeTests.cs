using Xunit;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class NumberAndAgeTests
{
    [Theory]
    [InlineData("con em 14 tuổi", "14")]
    [InlineData("con e 14 tuoi", "14")]
    [InlineData("bé 5t", "5")]
    [InlineData("em 16tuoi", "16")]
    [InlineData("em mười bốn tuổi", "14")]
    [InlineData("em muoi bon tuoi", "14")]
    [InlineData("cháu năm tuổi", "5")]
    [InlineData("bà ấy bảy mươi hai tuổi", "72")]
    [InlineData("ba muoi lam tuoi", "35")]
    public void Finds_ages(string message, string expected) =>
        Assert.Equal(expected, Assert.Single(LanguageData.Entities(message, EntityKinds.Age)).Value);

    [Theory]
    [InlineData("ba tôi đánh tôi")]
    [InlineData("năm nay khó khăn")]
    [InlineData("tuổi trẻ")]
    public void No_age_without_a_number_and_tuoi(string message) =>
        Assert.Empty(LanguageData.Entities(message, EntityKinds.Age));

    [Theory]
    [InlineData("mười lăm", "15")]
    [InlineData("hai mươi mốt", "21")]
    [InlineData("hai muoi mot", "21")]
    [InlineData("một trăm linh năm", "105")]
    [InlineData("ba trăm", "300")]
    [InlineData("hai nghìn", "2000")]
    [InlineData("năm triệu", "5000000")]
    [InlineData("mười", "10")]
    public void Reads_numbers_in_words(string message, string expected) =>
        Assert.Equal(expected, Assert.Single(LanguageData.Entities("phạt " + message + " đồng", EntityKinds.Number)).Value);

    [Fact]
    public void A_lone_digit_word_is_not_a_number() =>
        Assert.Empty(LanguageData.Entities("ba tôi và hai đứa", EntityKinds.Number));
}
