using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Testing;

namespace HotlineBot.EndToEnd.Sms;

/// <summary>A real Redis, a fake Twilio and the service, fresh per test class instance.</summary>
public abstract class SmsFixture : IAsyncLifetime
{
    protected RedisServer Redis { get; private set; } = null!;

    protected FakeTwilio Twilio { get; private set; } = null!;

    protected HotlineServer Server { get; private set; } = null!;

    protected HttpClient Http { get; } = new();

    protected int Port { get; private set; }

    protected string WebhookUrl => Server.BaseUrl + "/api/sms/twilio";

    protected string StatusUrl => Server.BaseUrl + "/api/sms/twilio/status";

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        Twilio = await FakeTwilio.StartAsync();
        // The service must know its own URL (Hotline:PublicBaseUrl) before it starts, so the port is chosen first;
        // another process may take it before Kestrel binds, so a lost race picks another port.
        for (var attempt = 1; ; attempt++)
        {
            Port = SmsTestSettings.FreePort();
            try
            {
                Server = await StartServerAsync();
                return;
            }
            catch (IOException) when (attempt < 5)
            {
            }
        }
    }

    protected Task<HotlineServer> StartServerAsync()
    {
        var settings = SmsTestSettings.For(Twilio, Port);
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        return HotlineServer.StartAsync(Redis.ConnectionString, settings, Port);
    }

    protected async Task RestartServerAsync()
    {
        await Server.DisposeAsync();
        Server = await StartServerAsync();
    }

    protected SmsPhone Phone(string number = "+84912345678") => new(Http, WebhookUrl, number);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        await Twilio.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
