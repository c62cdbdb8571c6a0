using System.Threading.Tasks;

namespace System;

/// <summary>netstandard2.0 stand-ins for <c>ValueTask.FromResult</c> and the thread-safe <c>Random.Shared</c>.</summary>
internal static class TaskAndRandomPolyfills
{
    [ThreadStatic]
    private static Random? perThread;

    extension(ValueTask)
    {
        public static ValueTask<T> FromResult<T>(T result) => new(result);
    }

    extension(Random)
    {
        /// <summary>A generator per thread, seeded from a GUID so threads do not share a sequence.</summary>
        public static Random Shared => perThread ??= new Random(Guid.NewGuid().GetHashCode());
    }
}
