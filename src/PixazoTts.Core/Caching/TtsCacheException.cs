using System;
using System.IO;

namespace PixazoTts.Caching
{
    /// <summary>The cache directory cannot be found, created or written (PTTS2006). The message names the directory and the reason.</summary>
    public sealed class TtsCacheException : IOException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="directory">The directory concerned.</param>
        /// <param name="reason">Why it is unusable.</param>
        /// <param name="innerException">The IO error, if any.</param>
        public TtsCacheException(string directory, string reason, Exception? innerException)
            : base("The cache directory '" + directory + "' cannot be created or written (" + reason + ").", innerException)
        {
            Directory = directory;
            Reason = reason;
        }

        /// <summary>The diagnostic code, <c>PTTS2006</c>.</summary>
        public string Code { get; } = TtsDiagnosticDescriptors.CacheNotWritable.Code;

        /// <summary>The directory concerned.</summary>
        public string Directory { get; }

        /// <summary>Why it is unusable.</summary>
        public string Reason { get; }
    }
}
