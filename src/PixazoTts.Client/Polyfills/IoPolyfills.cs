using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace System;

/// <summary>netstandard2.0 stand-ins for the stream, HTTP content and dictionary members of .NET Core 2.0-5.</summary>
internal static class IoPolyfills
{
    extension<TKey, TValue>(KeyValuePair<TKey, TValue> pair)
    {
        public void Deconstruct(out TKey key, out TValue value)
        {
            key = pair.Key;
            value = pair.Value;
        }
    }

    extension(HttpContent content)
    {
        /// <summary>Cancellation is checked before the read starts; netstandard2.0's content cannot take a token.</summary>
        public async Task<Stream> ReadAsStreamAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return await content.ReadAsStreamAsync().ConfigureAwait(false);
        }

        public async Task<string> ReadAsStringAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return await content.ReadAsStringAsync().ConfigureAwait(false);
        }
    }

    extension(Stream stream)
    {
        public ValueTask<int> ReadAsync(byte[] buffer, CancellationToken cancellationToken) =>
            new(stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken));

        /// <summary>Lets <c>await using (stream.ConfigureAwait(false))</c> read the same on netstandard2.0, where a
        /// stream is only synchronously disposable.</summary>
        public ConfiguredAsyncDisposable ConfigureAwait(bool continueOnCapturedContext) =>
            new SynchronouslyDisposed(stream).ConfigureAwait(continueOnCapturedContext);
    }

    private sealed class SynchronouslyDisposed(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return default;
        }
    }
}
