using System.Text;
using HotlineBot.Channels.Sms;

namespace HotlineBot.Tests.Sms;

/// <summary>PROTOCOLS §5, vectors T1 (form) and T2 (JSON body), every one of them.</summary>
public sealed class TwilioSignatureTests
{
    private const string AuthToken = "12345";
    private const string Query = "/myapp.php?foo=1&bar=2";
    private const string Valid = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    private static readonly KeyValuePair<string, string>[] Parameters =
    [
        new("To", "+18005551212"),
        new("Digits", "1234"),
        new("CallSid", "CA1234567890ABCDE"),
        new("From", "+14158675309"),
        new("Caller", "+14158675309"),
    ];

    [Theory]
    [InlineData("https://mycompany.com" + Query, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443" + Query, "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("https://mycompany.com:1234" + Query, "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("http://mycompany.com:80" + Query, "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("http://mycompany.com:1234" + Query, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("http://mycompany.com" + Query, "OyGYPqTF6ztdbRNCvuQO/oPvqQ4=")]
    [InlineData("https://MyCompany.com" + Query, "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("https://MyCompany.com:1234" + Query, "PCqOZm8cnu/L6+u5i5fuEd+Iac4=")]
    [InlineData("http://MyCompany.com" + Query, "XY7AlKOKL6im4yWyX84gldUrtis=")]
    [InlineData("http://username:password@MyCompany.com" + Query, "PJ08CxXr7KLPjEQCTc8LkUSMwSM=")]
    [InlineData("HTTP://username:password@MyCompany.com" + Query, "hy/l8pca+LFms4cvRdv8uiP6NGc=")]
    [InlineData("http://Username:Password@MyCompany.com" + Query, "SkTSKyDJH9kUlhItI0slbgZ1UsI=")]
    public void ComputesTheExactSignatureOfEachUrl(string url, string signature)
    {
        Assert.Equal(signature, TwilioSignature.Compute(AuthToken, url, Parameters));
        Assert.True(TwilioSignature.IsValid(AuthToken, url, Parameters, signature));
    }

    [Theory]
    [InlineData("https://mycompany.com:1234" + Query, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")] // port stripped
    [InlineData("https://mycompany.com" + Query, "kvajT1Ptam85bY51eRf/AJRuM3w=")] // :443 added
    [InlineData("http://mycompany.com" + Query, "0ZXoZLH/DfblKGATFgpif+LLRf4=")] // :80 added
    [InlineData("http://mycompany.com:1234" + Query, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")]
    [InlineData("https://mycompany.com:443" + Query, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")] // :443 removed
    [InlineData("http://mycompany.com:80" + Query, "OyGYPqTF6ztdbRNCvuQO/oPvqQ4=")] // :80 removed
    [InlineData("HTTP://username:password@MyCompany.com" + Query, "hy/l8pca+LFms4cvRdv8uiP6NGc=")]
    public void AcceptsThePortVariants(string url, string signature) =>
        Assert.True(TwilioSignature.IsValid(AuthToken, url, Parameters, signature));

    [Theory]
    [InlineData("https://MyCompany.com" + Query, Valid)]
    [InlineData("https://MyCompany.com:1234" + Query, Valid)]
    [InlineData("http://MyCompany.com" + Query, Valid)]
    [InlineData("http://username:password@MyCompany.com" + Query, Valid)]
    [InlineData("https://mycompany.com" + Query, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com" + Query, "")]
    [InlineData("https://mycompany.com" + Query, null)]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=3", Valid)] // another URL
    [InlineData("https://mycompany.com" + Query, "rsoydt4t1cutdk1pdd93/vvr8b8=")]
    public void RejectsHostCaseChangesAndWrongSignatures(string url, string? signature) =>
        Assert.False(TwilioSignature.IsValid(AuthToken, url, Parameters, signature));

    [Fact]
    public void RejectsAChangedParameter() =>
        Assert.False(TwilioSignature.IsValid(AuthToken, "https://mycompany.com" + Query,
            Parameters.Select(p => p.Key == "Digits" ? new KeyValuePair<string, string>("Digits", "9999") : p), Valid));

    [Fact]
    public void RejectsAWrongAuthToken() =>
        Assert.False(TwilioSignature.IsValid("54321", "https://mycompany.com" + Query, Parameters, Valid));

    [Fact]
    public void SortsNamesOrdinallyNotByCulture()
    {
        var signature = TwilioSignature.Compute(AuthToken, "https://mycompany.com" + Query, Parameters);
        Assert.NotEqual("OCo4gXhGdqELQKuB5w7aI64nqCE=", signature);
        Assert.Equal(Valid, signature);
        Assert.False(TwilioSignature.IsValid(AuthToken, "https://mycompany.com" + Query, Parameters, "OCo4gXhGdqELQKuB5w7aI64nqCE="));
    }

    [Fact]
    public void MatchesTheOlderDocsExample()
    {
        var parameters = Parameters.Select(p => p.Key is "From" or "Caller" ? new KeyValuePair<string, string>(p.Key, "+12349013030") : p);
        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TwilioSignature.Compute(AuthToken, "https://mycompany.com" + Query, parameters));
    }

    [Fact]
    public void RepeatedNamesAppendEachDistinctValueSorted()
    {
        KeyValuePair<string, string>[] parameters =
        [
            new("Sid", "CA123"), new("SidAccount", "AC123"), new("Digits", "5678"), new("Digits", "1234"), new("Digits", "1234"),
        ];
        Assert.Equal("IK+Dwps556ElfBT0I3Rgjkr1wJU=", TwilioSignature.Compute(AuthToken, "https://mycompany.com" + Query, parameters));
    }

    private const string Body = "{\"property\": \"value\", \"boolean\": true}";
    private const string BodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=" + BodyHash, "a9nBmqA0ju/hNViExpshrM61xv4=")]
    [InlineData("https://mycompany.com/myapp.php?bodySHA256=" + BodyHash, "y77kIzt2vzLz71DgmJGsen2scGs=")]
    [InlineData("https://mycompany.com:443/myapp.php?bodySHA256=" + BodyHash, "y77kIzt2vzLz71DgmJGsen2scGs=")]
    public void AcceptsAJsonBodyWithItsHash(string url, string signature)
    {
        Assert.Equal(signature, TwilioSignature.Compute(AuthToken, url.Replace(":443", ""), []));
        Assert.True(TwilioSignature.IsValidBody(AuthToken, url, Encoding.UTF8.GetBytes(Body), signature));
    }

    [Fact]
    public void RejectsAJsonBodyWithoutItsHashOrWithAnother()
    {
        var body = Encoding.UTF8.GetBytes(Body);
        Assert.False(TwilioSignature.IsValidBody(AuthToken, "https://mycompany.com" + Query, body, Valid));
        Assert.False(TwilioSignature.IsValidBody(AuthToken, "https://mycompany.com/myapp.php?bodySHA256=" + BodyHash,
            Encoding.UTF8.GetBytes(Body + " "), "y77kIzt2vzLz71DgmJGsen2scGs="));
    }

    [Fact]
    public void BodyHashIsTheVectorsSha256() =>
        Assert.Equal(BodyHash, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Body))));
}
