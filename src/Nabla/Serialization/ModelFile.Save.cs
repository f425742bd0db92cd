using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nabla;

public static partial class ModelFile
{
    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    /// <exception cref="ModelFileException">The model contains a layer type the format does not support, or a NaN or infinite weight.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist (the message names the target and the folder).</exception>
    /// <exception cref="IOException"><paramref name="path"/> is a directory, or the file cannot be written.</exception>
    public static void Save(Sequential model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var header = Encoding.UTF8.GetBytes($"{Magic}\n{Version}\n{ArchitectureJson(model, path)}\n");
        if (FirstNonFiniteWeight(model) is { } bad)
        {
            throw new ModelFileException(path, $"cannot save parameter {bad.Name}: expected finite weights, found {bad.Entry.ValueText} " +
                $"{bad.Entry.Where} (training diverged; such a file could not be loaded).");
        }

        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"Cannot save the model to '{full}': expected an existing folder '{folder}', found none (create it first with Directory.CreateDirectory).");
        }

        TempFile.SweepStale(full);                 // what an earlier, killed save of this file left behind
        var temp = TempFile.Beside(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                Write(stream, sha, header);
                var buffer = new byte[8];
                foreach (var p in model.Parameters())
                {
                    foreach (var value in p.Data.ToRowMajorArray())
                    {
                        BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
                        Write(stream, sha, buffer);
                    }
                }

                stream.Write(sha.GetHashAndReset());
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp); // no partial file left behind; the previous model at path is untouched
            }

            if (e is IOException or UnauthorizedAccessException && Directory.Exists(full))
            {
                throw new IOException($"Cannot save the model to '{full}': expected a file path, found a directory (add a file name, e.g. " +
                    $"'{System.IO.Path.Combine(full, "model.nabla")}').", e);
            }

            throw;
        }
    }

    private static void Write(FileStream stream, IncrementalHash sha, byte[] data)
    {
        stream.Write(data);
        sha.AppendData(data);
    }
}
