namespace Nabla;

/// <summary>One file handled by a download: where it is, and whether it was already there with the right content.</summary>
/// <param name="Path">The file's full path in the target folder.</param>
/// <param name="AlreadyPresent">True when the file existed with the expected checksum and was not fetched again.</param>
public sealed record DownloadedFile(string Path, bool AlreadyPresent);

public static partial class FashionMnist
{
    /// <summary>The official download location published in the Fashion-MNIST README.</summary>
    public static Uri OfficialBaseUri { get; } = new("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    /// <summary>
    /// Downloads the four official files into <paramref name="targetDirectory"/>, verifying each against
    /// <see cref="OfficialContentSha256"/>. Files already present with the right content are skipped.
    /// Then <c>FashionMnist.Load(targetDirectory)</c> reads them.
    /// </summary>
    /// <remarks>
    /// Each file is streamed to a temporary file in the target folder, checked, then renamed into place, so
    /// an interrupted or corrupted download never leaves a half-written file under the real name; a file
    /// whose checksum does not match is deleted and reported.
    /// </remarks>
    /// <param name="targetDirectory">The folder to write into (created when missing).</param>
    /// <param name="baseUri">Where the files are; null for <see cref="OfficialBaseUri"/>.</param>
    /// <param name="client">The HTTP client to use; null for a new one.</param>
    /// <param name="ct">Cancels the download.</param>
    /// <returns>The four files, in <see cref="FileNames"/> order.</returns>
    /// <exception cref="HttpRequestException">The server did not answer 200 OK (the message has the URL and status).</exception>
    /// <exception cref="ChecksumMismatchException">A downloaded file is not the official one (it was deleted).</exception>
    public static Task<IReadOnlyList<DownloadedFile>> DownloadAsync(
        string targetDirectory, Uri? baseUri = null, HttpClient? client = null, CancellationToken ct = default) =>
        DownloadAsync(targetDirectory, OfficialContentSha256, baseUri ?? OfficialBaseUri, client, ct);

    /// <summary>
    /// Downloads the files named by the keys of <paramref name="expectedContentSha256"/> from
    /// <paramref name="baseUri"/>, each checked against the SHA-256 of its content (decompressed when gzip).
    /// The same procedure as the official download, for mirrors and tests.
    /// </summary>
    /// <param name="targetDirectory">The folder to write into (created when missing).</param>
    /// <param name="expectedContentSha256">File name -> expected SHA-256 of its (decompressed) content.</param>
    /// <param name="baseUri">The folder URL the names are relative to.</param>
    /// <param name="client">The HTTP client to use; null for a new one.</param>
    /// <param name="ct">Cancels the download.</param>
    public static async Task<IReadOnlyList<DownloadedFile>> DownloadAsync(
        string targetDirectory, IReadOnlyDictionary<string, string> expectedContentSha256, Uri baseUri,
        HttpClient? client = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targetDirectory);
        ArgumentNullException.ThrowIfNull(expectedContentSha256);
        ArgumentNullException.ThrowIfNull(baseUri);
        Directory.CreateDirectory(targetDirectory);
        var folderUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        var ownClient = client is null;
        client ??= new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        try
        {
            var results = new List<DownloadedFile>();
            foreach (var (name, sha256) in expectedContentSha256)
            {
                var target = Path.GetFullPath(Path.Combine(targetDirectory, name));
                results.Add(await VerifiedDownload.FetchAsync(client, new Uri(folderUri, name), target, sha256, ct).ConfigureAwait(false));
            }

            return results;
        }
        finally
        {
            if (ownClient)
            {
                client.Dispose();
            }
        }
    }
}
