using System.Buffers;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace HotlineBot.Bench.Load;

/// <summary>
/// One simulated citizen on Direct Line: tokens/generate, start the conversation, open the WebSocket stream, then per
/// turn POST a message and wait on the stream for the bot's last activity of that turn — the menu prompt (it carries
/// suggestedActions) replying to the posted activity. The messages walk a cycle in which every answer ends with quick
/// replies: a legal question typed at the menu (triage, search, answer), "Xem thêm", back to the menu, the shelter
/// finder skipped ("Bỏ qua", so no place lookup), back to the menu — then again.
/// </summary>
public sealed class Citizen(HttpClient http, string directLineUrl, int number) : ILoadWorker
{
    private static readonly string[] Picks = ["cty chi tuyen nam co sai luat ko", "Xem thêm", "menu", "4", "Bỏ qua", "Về danh sách chính"];
    private static readonly byte[] SuggestedActions = "\"suggestedActions\""u8.ToArray();

    private readonly ClientWebSocket _socket = new();
    private readonly ArrayBufferWriter<byte> _frame = new(16 * 1024);
    private readonly string _userId = $"citizen-{number}";
    private string _bearer = "";
    private string _activitiesUrl = "";
    private int _turn;

    /// <summary>A message activity as Web Chat posts it.</summary>
    public static byte[] MessageBody(string userId, string text) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["type"] = "message",
        ["from"] = new Dictionary<string, string> { ["id"] = userId, ["role"] = "user" },
        ["text"] = text,
        ["locale"] = "vi-VN",
        ["textFormat"] = "plain",
        ["channelData"] = new Dictionary<string, string> { ["clientActivityID"] = $"{userId}-{Guid.NewGuid():N}" },
    });

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var generated = await http.PostAsync(directLineUrl + "/tokens/generate", null, cancellationToken);
        var token = (await ReadJsonAsync(generated, cancellationToken)).GetProperty("token").GetString()!;

        using var start = new HttpRequestMessage(HttpMethod.Post, directLineUrl + "/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start, cancellationToken);
        var conversation = await ReadJsonAsync(started, cancellationToken);
        _bearer = "Bearer " + conversation.GetProperty("token").GetString();
        _activitiesUrl = $"{directLineUrl}/conversations/{conversation.GetProperty("conversationId").GetString()}/activities";

        await _socket.ConnectAsync(new Uri(conversation.GetProperty("streamUrl").GetString()!), cancellationToken);
        await WaitForMenuAsync(replyTo: null, cancellationToken); // the greeting and the first menu
    }

    public async Task TurnAsync(CancellationToken cancellationToken)
    {
        var body = MessageBody(_userId, Picks[_turn++ % Picks.Length]);
        using var request = new HttpRequestMessage(HttpMethod.Post, _activitiesUrl) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("Authorization", _bearer);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request, cancellationToken);
        var posted = (await ReadJsonAsync(response, cancellationToken)).GetProperty("id").GetString()!;
        await WaitForMenuAsync(posted, cancellationToken);
    }

    /// <summary>Reads frames until one holds a bot activity with suggestedActions (replying to <paramref name="replyTo"/>, if given).</summary>
    private async Task WaitForMenuAsync(string? replyTo, CancellationToken cancellationToken)
    {
        var replyMarker = replyTo is null ? null : Encoding.UTF8.GetBytes($"\"replyToId\":{JsonSerializer.Serialize(replyTo)}");
        while (true)
        {
            _frame.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(_frame.GetMemory(4096), cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    throw new WebSocketException("the server closed the stream");
                }
                _frame.Advance(received.Count);
            }
            while (!received.EndOfMessage);
            var frame = _frame.WrittenSpan;
            if (frame.IndexOf(SuggestedActions) >= 0 && (replyMarker is null || frame.IndexOf(replyMarker) >= 0))
            {
                return;
            }
        }
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri?.AbsolutePath}: {Encoding.UTF8.GetString(bytes)}");
        }
        return JsonDocument.Parse(bytes).RootElement;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
