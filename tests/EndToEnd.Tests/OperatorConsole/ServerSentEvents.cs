using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace HotlineBot.EndToEnd.OperatorConsole;

/// <summary>Reads a console server-sent-event stream the way EventSource does.</summary>
public static class ServerSentEvents
{
    public static async Task<EventReader> OpenAsync(ConsoleClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Reads server-sent events until one named <c>name</c> whose data matches.</summary>
    public sealed class EventReader(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public async Task<JsonNode> NextAsync(string name, Func<JsonNode, bool>? matches = null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            string? eventName = null;
            while (true)
            {
                var line = await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == name)
                {
                    var data = JsonNode.Parse(line[6..])!;
                    if (matches is null || matches(data))
                    {
                        return data;
                    }
                }
            }
        }

        /// <summary>True when the server closes the stream within <paramref name="within"/>.</summary>
        public async Task<bool> EndsAsync(TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within);
            try
            {
                while (await reader.ReadLineAsync(timeout.Token) is not null)
                {
                }
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
