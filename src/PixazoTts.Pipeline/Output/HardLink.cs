using System.Runtime.InteropServices;

namespace PixazoTts.Pipeline.Output;

/// <summary>
/// Creates hard links (.NET 8 has no API for them). A hard link to the cache entry costs no disk and no copy time, and,
/// unlike a symbolic link, keeps working when the cache is wiped.
/// </summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="link"/> to <paramref name="existingFile"/>; false when the file system refuses
    /// (another volume, no hard-link support), in which case the caller copies.</summary>
    public static bool TryCreate(string existingFile, string link)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? NativeMethods.CreateHardLinkW(link, existingFile, IntPtr.Zero)
                : NativeMethods.link(existingFile, link) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static extern bool CreateHardLinkW(string lpFileName, string lpExistingFileName, IntPtr lpSecurityAttributes);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable CA1707, CA2101, IDE1006 // The C library's own name; paths are marshaled explicitly as UTF-8, as POSIX expects.
        internal static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
#pragma warning restore CA1707, CA2101, IDE1006
    }
}
