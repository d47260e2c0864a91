using System.Net.Http.Headers;

namespace HotlineBot.Bench.Load;

/// <summary>The baseline's client: POSTs the same activity JSON a citizen posts (same headers) and reads the echoed body.</summary>
public sealed class EchoClient(HttpClient http, string url) : ILoadWorker
{
    private readonly byte[] _body = Citizen.MessageBody("echo-user", "3");
    private readonly string _bearer = "Bearer " + new string('x', 200);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task TurnAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(_body) };
        request.Headers.TryAddWithoutValidation("Authorization", _bearer);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var echoed = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (echoed.Length != _body.Length)
        {
            throw new InvalidOperationException($"echo returned {echoed.Length} bytes, sent {_body.Length}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
