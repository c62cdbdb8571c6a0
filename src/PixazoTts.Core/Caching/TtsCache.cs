using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using PixazoTts.Audio;

namespace PixazoTts.Caching
{
    /// <summary>
    /// The content-addressed store of synthesized lines (contract, docs/contracts.md "Cache layout"):
    /// <c>&lt;root&gt;/v1/&lt;key[0..2]&gt;/&lt;key&gt;.wav</c> and, beside it, <c>&lt;key&gt;.json</c>.
    /// </summary>
    /// <remarks>
    /// Safe when several builds share it at once and when a build is killed at any moment:
    /// <list type="bullet">
    /// <item>files are written to <c>&lt;key&gt;.wav.&lt;random&gt;.tmp</c> in the same folder, flushed to disk, then
    /// renamed, so a WAV is there whole or not at all; the metadata is written after the WAV;</item>
    /// <item>every entry is verified (RIFF/WAVE header, declared sizes against the file length) before it is trusted;
    /// a corrupt one is deleted and reported;</item>
    /// <item>producing an entry holds a per-key lock file across processes, and re-checks the cache once it holds it,
    /// so the producer runs at most once per key at a time, and two builds wanting one line make one request;</item>
    /// <item>temporary files of a killed writer are deleted by the next holder of the key's lock (nobody else can
    /// be writing them then);</item>
    /// <item>a key's record in the <see cref="Journal"/> of accepted gateway jobs is removed once its entry is stored,
    /// under the key's lock.</item>
    /// </list>
    /// </remarks>
    public sealed class TtsCache
    {
        /// <summary>The environment variable that sets the cache root.</summary>
        public const string RootEnvironmentVariable = "PIXAZO_TTS_CACHE";

        private const string LayoutVersion = "v1";
        private const string FolderName = "pixazo-tts";

        /// <summary>Creates a cache rooted at <paramref name="rootDirectory"/> (made absolute; created on first write).</summary>
        /// <param name="rootDirectory">The cache root (see <see cref="ResolveRoot(string)"/>).</param>
        public TtsCache(string rootDirectory)
        {
            if (string.IsNullOrWhiteSpace(rootDirectory))
            {
                throw new ArgumentException("The cache root must be a directory path.", nameof(rootDirectory));
            }

            RootDirectory = Path.GetFullPath(rootDirectory);
            Journal = new TtsJobJournal(RootDirectory);
        }

        /// <summary>The cache root.</summary>
        public string RootDirectory { get; }

        /// <summary>
        /// The journal of accepted gateway jobs whose audio is not stored yet (<c>&lt;root&gt;/v1/journal/</c>). A key's
        /// record is removed by <see cref="GetOrAddAsync"/> once the key's entry is there.
        /// </summary>
        public TtsJobJournal Journal { get; }

        /// <summary>
        /// The cache root to use: <paramref name="configured"/> (the <c>TtsCacheDirectory</c> property) if set, else
        /// <c>PIXAZO_TTS_CACHE</c>, else <c>%LOCALAPPDATA%\pixazo-tts</c> on Windows, else
        /// <c>$XDG_CACHE_HOME/pixazo-tts</c>, else <c>~/.cache/pixazo-tts</c>. Always an absolute path.
        /// </summary>
        /// <param name="configured">The configured directory, or null/empty.</param>
        /// <exception cref="TtsCacheException">No user folder is known (set <c>PIXAZO_TTS_CACHE</c>).</exception>
        public static string ResolveRoot(string? configured) => ResolveRoot(configured, Environment.GetEnvironmentVariable);

        /// <summary>As <see cref="ResolveRoot(string)"/>, reading the environment through <paramref name="environment"/>
        /// (the build task passes its own view of the environment, so tests and the task see the same values).</summary>
        /// <param name="configured">The configured directory, or null/empty.</param>
        /// <param name="environment">Reads an environment variable (null when not set).</param>
        /// <exception cref="TtsCacheException">No user folder is known (set <c>PIXAZO_TTS_CACHE</c>).</exception>
        public static string ResolveRoot(string? configured, Func<string, string?> environment) =>
            ResolveRoot(configured, environment, RuntimeInformation.IsOSPlatform(OSPlatform.Windows));

        internal static string ResolveRoot(string? configured, Func<string, string?> environment, bool isWindows)
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Path.GetFullPath(configured);
            }

            string? fromEnvironment = environment(RootEnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }

            if (isWindows)
            {
                string? localAppData = environment("LOCALAPPDATA");
                if (!string.IsNullOrWhiteSpace(localAppData))
                {
                    return Path.Combine(localAppData, FolderName);
                }
            }
            else
            {
                // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
                string? xdgCache = environment("XDG_CACHE_HOME");
                if (!string.IsNullOrWhiteSpace(xdgCache) && Path.IsPathRooted(xdgCache))
                {
                    return Path.Combine(xdgCache, FolderName);
                }

                string? home = environment("HOME");
                if (!string.IsNullOrWhiteSpace(home))
                {
                    return Path.Combine(home, ".cache", FolderName);
                }
            }

            throw new TtsCacheException(
                "~/.cache/" + FolderName, "no home or cache folder is known for this user; set " + RootEnvironmentVariable, null);
        }

        /// <summary>The WAV path of <paramref name="key"/>: <c>&lt;root&gt;/v1/&lt;key[0..2]&gt;/&lt;key&gt;.wav</c>.</summary>
        /// <param name="key">A cache key (64 lowercase hex digits).</param>
        public string GetWavPath(string key) => Path.Combine(GetEntryDirectory(key), key + ".wav");

        /// <summary>The metadata path of <paramref name="key"/>: <c>&lt;root&gt;/v1/&lt;key[0..2]&gt;/&lt;key&gt;.json</c>.</summary>
        /// <param name="key">A cache key.</param>
        public string GetMetadataPath(string key) => Path.Combine(GetEntryDirectory(key), key + ".json");

        /// <summary>
        /// Looks <paramref name="key"/> up and verifies the WAV (header and declared sizes against the file length).
        /// A corrupt entry is reported (<see cref="TtsCacheLookup.WasCorrupt"/>), never trusted, and deleted when
        /// its lock is free (a holder of the lock deletes it itself when it re-checks).
        /// </summary>
        /// <param name="key">A cache key.</param>
        public TtsCacheLookup Lookup(string key)
        {
            string wavPath = GetWavPath(key);
            if (!File.Exists(wavPath))
            {
                return new TtsCacheLookup(false, wavPath, false, null);
            }

            if (WavFile.QuickCheck(wavPath, out string? problem))
            {
                return new TtsCacheLookup(true, wavPath, false, null);
            }

            if (!File.Exists(wavPath))
            {
                // Deleted meanwhile (by another process that found it corrupt): simply not there.
                return new TtsCacheLookup(false, wavPath, false, null);
            }

            // Deleting without the lock could remove a good WAV that a writer renames over the bad one right now.
            using (var held = TryAcquireLock(key))
            {
                if (held != null)
                {
                    return CheckHoldingLock(key);
                }
            }

            return new TtsCacheLookup(false, wavPath, true, problem ?? "not a valid WAV");
        }

        /// <summary>The metadata stored beside <paramref name="key"/>'s WAV, or null when it is missing or unreadable.</summary>
        /// <param name="key">A cache key.</param>
        public TtsCacheMetadata? ReadMetadata(string key)
        {
            string path = GetMetadataPath(key);
            try
            {
                return File.Exists(path) ? TtsCacheMetadataJson.Deserialize(File.ReadAllBytes(path)) : null;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// Returns <paramref name="key"/>'s verified entry, running <paramref name="produce"/> only when no process
        /// has it: takes the key's cross-process lock (waiting is cancellable), deletes temporary files left by a
        /// killed writer, re-checks the cache, then produces, verifies and commits (WAV, then metadata).
        /// The produced audio is committed even if <paramref name="cancellationToken"/> fires after it arrived
        /// (it is paid for); exceptions of <paramref name="produce"/> propagate and leave nothing behind.
        /// </summary>
        /// <param name="key">A cache key; the produced metadata must hash to it.</param>
        /// <param name="produce">Makes the WAV; runs at most once per key at a time across processes.</param>
        /// <param name="cancellationToken">Cancels the wait for the lock and is passed to <paramref name="produce"/>.</param>
        /// <exception cref="TtsCacheException">The cache folder cannot be created or written (PTTS2006).</exception>
        /// <exception cref="InvalidOperationException">The production does not belong to <paramref name="key"/>.</exception>
        public async Task<TtsCacheEntry> GetOrAddAsync(
            string key, Func<CancellationToken, Task<TtsCacheProduction>> produce, CancellationToken cancellationToken)
        {
            if (produce == null)
            {
                throw new ArgumentNullException(nameof(produce));
            }

            var first = Lookup(key);
            if (first.Found)
            {
                return new TtsCacheEntry(key, first.WavPath, false, null, null);
            }

            string directory = GetEntryDirectory(key);
            CreateDirectory(directory);
            using var held = await TtsCacheLock.AcquireAsync(GetLockPath(key), cancellationToken).ConfigureAwait(false);

            DeleteStaleTemporaryFiles(directory, key);
            Journal.DeleteStaleTemporaryFiles(key);
            var again = CheckHoldingLock(key);
            string? discarded = first.Problem ?? again.Problem;
            if (again.Found)
            {
                // A record can outlive its entry only if a build died between storing the entry and removing it.
                Journal.Remove(key);
                return new TtsCacheEntry(key, again.WavPath, false, null, discarded);
            }

            var production = await produce(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The producer returned no audio.");
            Verify(key, production);

            bool flushToDisk = !production.IsReproducible;
            WriteWhole(directory, GetWavPath(key), production.Wav, flushToDisk);
            WriteWhole(directory, GetMetadataPath(key), TtsCacheMetadataJson.Serialize(production.Metadata), flushToDisk);

            // The job that made this audio (if one was journalled) is done with: still under the lock, so no other
            // build can read the record in between and resume a job whose audio is already stored.
            Journal.Remove(key);
            held.DeleteFile();
            return new TtsCacheEntry(key, again.WavPath, true, production.Metadata, discarded);
        }

        /// <summary>
        /// Removes <paramref name="key"/>'s entry (WAV, then metadata) under the key's lock, so no writer is between
        /// its checks and its rename; false when another process holds the lock (the entry is left alone).
        /// For the tool's cache maintenance (verify --fix, prune).
        /// </summary>
        /// <param name="key">A cache key.</param>
        public bool TryRemove(string key)
        {
            using (var held = TryAcquireLock(key))
            {
                if (held == null)
                {
                    return false;
                }

                File.Delete(GetWavPath(key));
                File.Delete(GetMetadataPath(key));
                held.DeleteFile();
                return true;
            }
        }

        internal string GetLockPath(string key) => Path.Combine(GetEntryDirectory(key), key + ".lock");

        internal TtsCacheLock? TryAcquireLock(string key)
        {
            try
            {
                return TtsCacheLock.TryAcquire(GetLockPath(key));
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static void Verify(string key, TtsCacheProduction production)
        {
            // A content-addressed store must never file audio under another line's key: that entry would be trusted
            // forever. The production carries the key it was made for (computed once), so this is a comparison.
            if (!string.Equals(production.Target.Key, key, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    "The produced audio was made for key " + production.Target.Key + ", not for the requested key " + key +
                    "; produce it for the same keyed utterance that was looked up.");
            }
        }

        private static void CreateDirectory(string directory)
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException)
            {
                throw new TtsCacheException(directory, exception.Message, exception);
            }
        }

        /// <summary>
        /// Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, flushes it to disk, then renames
        /// it over <paramref name="path"/>: a reader sees the old file or the new one, never a part (entries and journal records).
        /// </summary>
        internal static void WriteWhole(string directory, string path, byte[] bytes) => WriteWhole(directory, path, bytes, flushToDisk: true);

        /// <summary>As above; <paramref name="flushToDisk"/> false skips the flush for entries that can be fetched again.</summary>
        internal static void WriteWhole(string directory, string path, byte[] bytes, bool flushToDisk)
        {
            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk);
                }

                try
                {
                    File.Move(temporary, path);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // An older file is there (the key's lock is held, so no writer races us): replace it atomically.
                    File.Replace(temporary, path, null, ignoreMetadataErrors: true);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw new TtsCacheException(directory, exception.Message, exception);
            }
        }

        private static void DeleteStaleTemporaryFiles(string directory, string key)
        {
            try
            {
                foreach (string file in Directory.EnumerateFiles(directory, key + ".*.tmp"))
                {
                    TryDelete(file);
                }
            }
            catch (IOException)
            {
                // Cleaning up is an optimisation; the next holder of the lock tries again.
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort: a file that cannot be deleted now is retried by the next holder of the lock.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }

        private string GetEntryDirectory(string key)
        {
            if (!TtsCacheKey.IsWellFormed(key))
            {
                // Keys become file names: anything but the hex digest could escape the cache folder.
                throw new ArgumentException("A cache key is 64 lowercase hex digits (TtsCacheKey.Compute).", nameof(key));
            }

            return Path.Combine(RootDirectory, LayoutVersion, key.Substring(0, 2));
        }

        /// <summary>Checks the entry while holding its lock; a corrupt entry is deleted (WAV and metadata).</summary>
        private TtsCacheLookup CheckHoldingLock(string key)
        {
            string wavPath = GetWavPath(key);
            if (!File.Exists(wavPath))
            {
                return new TtsCacheLookup(false, wavPath, false, null);
            }

            if (WavFile.QuickCheck(wavPath, out string? problem))
            {
                return new TtsCacheLookup(true, wavPath, false, null);
            }

            TryDelete(wavPath);
            TryDelete(GetMetadataPath(key));
            return new TtsCacheLookup(false, wavPath, true, problem ?? "not a valid WAV");
        }
    }
}
