using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using HotlineBot.EndToEnd.Infrastructure;
using HotlineBot.Hosting;
using HotlineBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace HotlineBot.Bench.Sms;

/// <summary>
/// <c>sms [RATE=200] [SECONDS=10] [RETRIED_PERCENT=50]</c>: the real service with a real redis-server (appendfsync always)
/// and a fake Twilio REST server, all on loopback. Signed webhooks arrive open-loop at RATE per second, each from its own
/// number; RETRIED_PERCENT of them are delivered twice (half as a plain retry, half after the first attempt was
/// aborted by the client 1 ms in). Prints the webhook acknowledgement p50/p95/p99, the time until the last reply of a
/// message reached the fake Twilio (p50/p95/p99), and duplicate and lost replies.
/// </summary>
public sealed class SmsBenchmark : IBenchmark
{
    private const int RepliesPerMessage = 2; // "chao ban": the greeting and the numbered menu

    public string Name => "sms";

    public string Summary => "SMS webhook ack and reply latency, duplicates and losses; [RATE=200] [SECONDS=10] [RETRIED_PERCENT=50]";

    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var rate = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Count > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var retriedPercent = args.Count > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var count = (int)(rate * seconds);

        await using var redis = await RedisServer.StartAsync();
        await using var twilio = await FakeTwilio.StartAsync();
        var port = SmsTestSettings.FreePort();
        var settings = SmsTestSettings.For(twilio, port);
        settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        settings["Hotline:ContentRoot"] = AppContext.BaseDirectory;
        settings["Referral:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        // Retries count against the global limit too (RATE × (1 + RETRIED_PERCENT) requests a second): lift it, or the
        // run measures the slow-down answers (TwiML, no REST reply: they showed up as "lost") instead of the turns.
        settings["Sms:GlobalPerSecond"] = "100000";
        var app = HotlineApp.Build([], builder =>
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Environment.EnvironmentName = "Production";
            builder.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync();
        var webhook = $"http://127.0.0.1:{port}/api/sms/twilio";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });

        // Warm-up (not measured): 200 messages from other numbers.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => new SmsPhone(http, webhook, $"+8499{i:D7}").SendAsync("chao ban")));
        await twilio.WaitForSentAsync(200 * RepliesPerMessage, TimeSpan.FromSeconds(60));
        var warmSent = twilio.Sent.Count;

        Console.WriteLine($"rate {rate}/s, {count} messages over {seconds:F0} s, {retriedPercent}% delivered twice; {Environment.ProcessorCount} cores, Redis appendfsync always");
        var acks = new ConcurrentBag<double>();
        var started = new ConcurrentDictionary<string, DateTime>();
        var statusErrors = 0;
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                var number = $"+8490{index:D7}";
                var phone = new SmsPhone(http, webhook, number);
                var form = phone.Form("chao ban");
                var retried = index % 100 < retriedPercent;
                var interrupted = retried && index % 2 == 0;
                started[number] = DateTime.UtcNow;
                if (interrupted)
                {
                    using var abort = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));
                    try
                    {
                        await PostAsync(phone, form, abort.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                var watch = Stopwatch.StartNew();
                using var response = await PostAsync(phone, form, CancellationToken.None);
                acks.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref statusErrors);
                }
                if (retried && !interrupted)
                {
                    await Task.Delay(100);
                    using var again = await PostAsync(phone, form, CancellationToken.None);
                }
            }));
        }
        await Task.WhenAll(tasks);
        var expected = warmSent + count * RepliesPerMessage;
        var sent = await twilio.WaitForSentAsync(expected, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // let any duplicate arrive
        sent = twilio.Sent;
        await app.StopAsync();
        await app.DisposeAsync();

        var byNumber = sent.Where(m => m.Form["To"].StartsWith("+8490", StringComparison.Ordinal)).GroupBy(m => m.Form["To"]).ToDictionary(g => g.Key, g => g.ToList());
        var duplicates = byNumber.Values.Sum(l => Math.Max(0, l.Count - RepliesPerMessage));
        var lost = started.Keys.Sum(n => Math.Max(0, RepliesPerMessage - (byNumber.TryGetValue(n, out var l) ? l.Count : 0)));
        var handed = byNumber.Where(kv => kv.Value.Count >= RepliesPerMessage)
            .Select(kv => (kv.Value.Max(m => m.At) - started[kv.Key]).TotalMilliseconds).ToList();
        Console.WriteLine($"webhook ack ms (p50/p95/p99/max)      : {Format(acks.ToList())}   non-2xx: {statusErrors}");
        Console.WriteLine($"last reply handed to Twilio ms (p50/p95/p99/max): {Format(handed)}");
        Console.WriteLine($"replies expected {count * RepliesPerMessage}, duplicates {duplicates}, lost {lost}");
        return 0;
    }

    private static Task<HttpResponseMessage> PostAsync(SmsPhone phone, Dictionary<string, string> form, CancellationToken cancellationToken) =>
        phone.PostSignedAsync(phone.WebhookUrl, [.. form], cancellationToken: cancellationToken);

    private static string Format(List<double> values)
    {
        if (values.Count == 0)
        {
            return "n/a";
        }
        values.Sort();
        double P(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
        return FormattableString.Invariant($"{P(0.5):F1} / {P(0.95):F1} / {P(0.99):F1} / {values[^1]:F1}");
    }
}
