using System.Net;
using System.Net.Sockets;

namespace Nabla.Tests;

/// <summary>A tiny HTTP server on 127.0.0.1 (a free port) serving fixed files; anything else is 404.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, byte[]> files;
    private readonly Task loop;
    private int requests;

    public LoopbackServer(Dictionary<string, byte[]> files)
    {
        this.files = files;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/fashion/");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    /// <summary>The folder URL the files are served under.</summary>
    public Uri BaseUri { get; }

    /// <summary>How many requests were answered.</summary>
    public int Requests => Volatile.Read(ref requests);

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the accept loop ends with an exception when the listener stops
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref requests);
            var name = context.Request.Url!.AbsolutePath.Replace("/fashion/", "", StringComparison.Ordinal);
            if (files.TryGetValue(name, out var body))
            {
                context.Response.StatusCode = 200;
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }
}
