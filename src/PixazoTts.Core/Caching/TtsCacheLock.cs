using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace PixazoTts.Caching
{
    /// <summary>
    /// A cross-process lock on one cache key: the file <c>&lt;key&gt;.lock</c> held open without sharing. On Linux
    /// and macOS .NET takes an advisory <c>flock</c> for <see cref="FileShare.None"/>, honoured between .NET
    /// processes (and between handles in one process); on Windows the share mode itself excludes others. The OS
    /// drops the lock when its process dies, so a killed build never leaves a key locked.
    /// </summary>
    internal sealed class TtsCacheLock : IDisposable
    {
        private const int LinuxWouldBlock = 11;        // EAGAIN/EWOULDBLOCK: flock held by someone else
        private const int MacWouldBlock = 35;          // EAGAIN on macOS and the BSDs
        private const int WindowsSharingViolation = unchecked((int)0x80070020);
        private const int WindowsLockViolation = unchecked((int)0x80070021);
        private const int FirstDelayMs = 5;
        private const int MaxDelayMs = 100;

        private static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        private readonly FileStream _stream;

        private TtsCacheLock(FileStream stream, string path)
        {
            _stream = stream;
            Path = path;
        }

        public string Path { get; }

        /// <summary>Waits until the lock is free and takes it; the wait polls with a short, growing delay and is cancellable.</summary>
        public static async Task<TtsCacheLock> AcquireAsync(string path, CancellationToken cancellationToken)
        {
            int delay = FirstDelayMs;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var taken = TryAcquire(path);
                if (taken != null)
                {
                    return taken;
                }

                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = Math.Min(delay * 2, MaxDelayMs);
            }
        }

        /// <summary>Takes the lock if it is free right now; null when someone else holds it.</summary>
        public static TtsCacheLock? TryAcquire(string path)
        {
            try
            {
                // Windows: FileShare.Delete lets the holder delete the file while it holds it (nobody else can open
                // it, since no read/write sharing is granted). Unix: only FileShare.None gives an exclusive flock.
                var stream = new FileStream(
                    path, FileMode.OpenOrCreate, FileAccess.ReadWrite, IsWindows ? FileShare.Delete : FileShare.None, 1, FileOptions.None);
                return new TtsCacheLock(stream, path);
            }
            catch (DirectoryNotFoundException)
            {
                // Someone emptied the cache meanwhile: make the folder again and let the caller retry.
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                return null;
            }
            catch (IOException exception) when (IsHeldElsewhere(exception))
            {
                return null;
            }
            catch (UnauthorizedAccessException) when (IsWindows)
            {
                // Windows: the file is pending deletion by a holder that just committed; it disappears on its close.
                return null;
            }
        }

        /// <summary>
        /// Deletes the lock file while still holding it. Only after a successful commit: a process that opened the
        /// old file before the delete and locks it afterwards re-checks the cache and finds the entry.
        /// </summary>
        public void DeleteFile()
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
                // A leftover lock file is harmless: the next holder reuses it.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }

        public void Dispose() => _stream.Dispose();

        private static bool IsHeldElsewhere(IOException exception)
        {
            if (exception is FileNotFoundException || exception is PathTooLongException)
            {
                return false;
            }

            int code = exception.HResult;
            return code == LinuxWouldBlock || code == MacWouldBlock || code == WindowsSharingViolation || code == WindowsLockViolation;
        }
    }
}
