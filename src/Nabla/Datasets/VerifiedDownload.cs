namespace Nabla;

/// <summary>Fetches one file over HTTP into place: temp file, content checksum, then an atomic rename.</summary>
internal static class VerifiedDownload
{
    private const string What = "SHA-256 of the decompressed content";

    public static async Task<DownloadedFile> FetchAsync(HttpClient client, Uri url, string target, string expectedContentSha256, CancellationToken ct)
    {
        if (File.Exists(target) && ContentSha256OrProblem(target) == expectedContentSha256)
        {
            return new DownloadedFile(target, AlreadyPresent: true);
        }

        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"GET {url}: expected 200 OK, got {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        var temp = $"{target}.{Path.GetRandomFileName()}.part";               // same folder: the rename is atomic
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                await response.Content.CopyToAsync(file, ct).ConfigureAwait(false);
            }

            var actual = ContentSha256OrProblem(temp);
            if (actual != expectedContentSha256)
            {
                throw new ChecksumMismatchException(url.ToString(), expectedContentSha256, actual, What);
            }

            File.Move(temp, target, overwrite: true);
            return new DownloadedFile(target, AlreadyPresent: false);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The content hash, or a description of why there is none (a damaged gzip stream).</summary>
    private static string ContentSha256OrProblem(string path)
    {
        try
        {
            return Checksum.ContentSha256(path);
        }
        catch (InvalidDataException e)
        {
            return $"no valid content ({e.Message})";
        }
    }
}
