using System.IO.Compression;
using System.Text;

namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// Searches an MSBuild binary log (<c>-bl</c>) for a string. A binlog is a gzip stream of records; strings are stored
/// as UTF-8, and the imported project files travel as a zip archive inside it, so the search covers the decompressed
/// stream (UTF-8 and UTF-16) and every entry of that embedded archive.
/// </summary>
public static class BinaryLogScanner
{
    public static bool Contains(string binlogPath, string value)
    {
        byte[] records = Decompress(binlogPath);
        if (ContainsText(records, value))
        {
            return true;
        }

        foreach (byte[] entry in EmbeddedArchiveEntries(records))
        {
            if (ContainsText(entry, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The embedded files' names (for a test's sanity check that the archive was found and read).</summary>
    public static int EmbeddedFileCount(string binlogPath) => EmbeddedArchiveEntries(Decompress(binlogPath)).Count();

    private static byte[] Decompress(string binlogPath)
    {
        using var file = File.OpenRead(binlogPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static bool ContainsText(byte[] data, string value) =>
        data.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0 || data.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)) >= 0;

    private static IEnumerable<byte[]> EmbeddedArchiveEntries(byte[] records)
    {
        // The archive starts at its first local file header and ends with its end-of-central-directory record.
        int start = records.AsSpan().IndexOf("PK\u0003\u0004"u8);
        int end = records.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (start < 0 || end < start || end + 22 > records.Length)
        {
            yield break;
        }

        int commentLength = BitConverter.ToUInt16(records, end + 20);
        using var archive = new ZipArchive(new MemoryStream(records, start, end + 22 + commentLength - start), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return memory.ToArray();
        }
    }
}
