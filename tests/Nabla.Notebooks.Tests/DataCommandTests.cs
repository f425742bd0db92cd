using System.Net;
using System.Net.Sockets;
using Nabla.Cli;

namespace Nabla.Notebooks.Tests;

/// <summary><c>nabla data fashion-mnist</c> against a loopback server: a wrong file is refused and nothing half-written stays.</summary>
public sealed class DataCommandTests
{
    [Fact]
    public async Task AFileWithTheWrongChecksumIsRefusedWithExitCode1()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var served = 0;
        var server = Task.Run(async () =>
        {
            // Serves at most 4 requests, each a small gzip file that is NOT Fashion-MNIST.
            for (var i = 0; i < 4 && listener.IsListening; i++)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (HttpListenerException) { return; }
                catch (ObjectDisposedException) { return; }
                var body = Gzip([0, 0, 8, 1, 0, 0, 0, 1, 7]);
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
                Interlocked.Increment(ref served);
            }
        });

        var target = Path.Combine(Path.GetTempPath(), "nabla-data-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await DataCommand.ExecuteAsync(target, $"http://127.0.0.1:{port}", stdout, stderr, CancellationToken.None, TestRepo.Root);

            Assert.Equal(1, code);
            Assert.True(served >= 1, $"the command never asked the loopback server: {stderr}");
            Assert.Contains("expected", stderr.ToString());
            Assert.Contains("-idx", stderr.ToString());                // names the file
            var left = Directory.Exists(target) ? Directory.GetFiles(target) : [];
            Assert.Empty(left);                                         // the bad download was removed
        }
        finally
        {
            listener.Stop();
            await server;
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public async Task ABadBaseUrlIsAUsageError()
    {
        var stderr = new StringWriter();
        var code = await DataCommand.ExecuteAsync(Path.GetTempPath(), "not a url", new StringWriter(), stderr, CancellationToken.None);
        Assert.Equal(1, code);
        Assert.Contains("--base-url expects an absolute", stderr.ToString());
    }

    private static byte[] Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(memory, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }
        return memory.ToArray();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
