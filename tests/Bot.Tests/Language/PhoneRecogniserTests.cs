using Xunit;
using HotlineBot.Language;

namespace HotlineBot.Tests.Language;

public class PhoneRecogniserTests
{
    [Theory]
    [InlineData("sđt em là 0912345678", "0912345678")]
    [InlineData("goi 0912 345 678 nhe", "0912345678")]
    [InlineData("số 091.234.5678", "0912345678")]
    [InlineData("so 091-234-5678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("+84912345678", "0912345678")]
    [InlineData("0084 912345678", "0912345678")]
    [InlineData("máy bàn 024 3825 1234", "02438251234")]
    [InlineData("gọi 1800 1768", "18001768")]
    [InlineData("1900969680", "1900969680")]
    public void Finds_phone_numbers(string message, string expected)
    {
        var phones = LanguageData.Entities(message, EntityKinds.Phone);
        Assert.Equal(expected, Assert.Single(phones).Value);
    }

    [Theory]
    [InlineData("em 14 tuổi")]
    [InlineData("gọi 113")]
    [InlineData("mã 123456")]
    [InlineData("091234")]
    [InlineData("09123456789012")]
    public void Ignores_what_is_not_a_phone(string message) =>
        Assert.Empty(LanguageData.Entities(message, EntityKinds.Phone));

    [Fact]
    public void Span_points_at_the_number()
    {
        var t = LanguageData.Triage.Tokeniser.Tokenise("SĐT: 0912 345 678.");
        var phone = Assert.Single(LanguageData.Triage.Recogniser.Recognise(t), e => e.Kind == EntityKinds.Phone);
        Assert.Equal("0912 345 678", t.Source.Substring(phone.Start, phone.Length));
    }
}
