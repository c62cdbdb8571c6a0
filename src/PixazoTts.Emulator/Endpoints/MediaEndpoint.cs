using System.Buffers.Binary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using PixazoTts.Audio;
using PixazoTts.Emulator.Documents;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Hosting;
using PixazoTts.Emulator.Jobs;
using PixazoTts.Emulator.Statistics;

namespace PixazoTts.Emulator.Endpoints;

/// <summary>
/// <c>GET /_cdn/{request_id}/output.wav</c>: the stand-in for the CDN. The WAV is synthesized per download from the
/// job's stored inputs by <see cref="PlaceholderVoice"/>. No key is needed here; a request that carries one (or an
/// Authorization header) is counted as a key leak, because a real CDN is another host.
/// </summary>
internal static class MediaEndpoint
{
    private const string HopQuery = "hop";
    private const string NotWavPage = "<!DOCTYPE html>\n<html><head><title>Just a moment...</title></head>"
        + "<body><h1>Checking your browser before accessing the CDN.</h1><p>This is the PixazoTts emulator's --rate-not-wav fault: an HTML page answered with 200 instead of the WAV.</p></body></html>\n";

    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet(MediaPath.Route, HandleAsync);

    private static async Task HandleAsync(string requestId, HttpContext context, EmulatorOptions options, FaultInjector faults, JobStore jobs, EmulatorCounters counters, JobClock clock, IHostApplicationLifetime lifetime)
    {
        counters.CountMedia();
        var headers = context.Request.Headers;
        if (headers.ContainsKey(GatewayFront.KeyHeader) || headers.ContainsKey("Authorization"))
        {
            counters.CountKeyLeak();
        }

        var response = context.Response;
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        if (options.Hostile.HasFlag(EmulatorHostileModes.RedirectMedia) && !context.Request.Query.ContainsKey(HopQuery))
        {
            var foreign = Origins.ForeignOf(Origins.Of(context.Request), options);
            response.Redirect(Origins.Combine(foreign, MediaPath.For(requestId)) + "?" + HopQuery + "=1");
            return;
        }

        var job = jobs.Find(requestId);
        if (job is null || job.StatusAt(clock.Now) != JobStatus.Completed)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain";
            await response.WriteAsync("Object not found\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (options.Hostile.HasFlag(EmulatorHostileModes.OversizeMedia) || options.Hostile.HasFlag(EmulatorHostileModes.OversizeMediaChunked))
        {
            using var streaming = ShutdownToken.For(context, lifetime);
            await OversizeMedia.WriteAsync(context, options.OversizeMediaMiB * 1024L * 1024L, withLength: !options.Hostile.HasFlag(EmulatorHostileModes.OversizeMediaChunked), streaming.Token).ConfigureAwait(false);
            return;
        }

        var fault = faults.NextMediaFault();
        if (fault == MediaFault.NotWav)
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(NotWavPage, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var request = job.Utterance;
        var wav = PlaceholderVoice.Synthesize(request);
        var length = wav.Length;
        if (fault == MediaFault.Truncated)
        {
            // A prefix: the header still declares the full size, so the cut shows as truncation, not as a short file.
            length = Math.Max(WavFile.CanonicalHeaderLength + 2, (WavFile.CanonicalHeaderLength + (wav.Length - WavFile.CanonicalHeaderLength) / 2) & ~1);
        }

        response.ContentType = "audio/wav";
        response.ContentLength = length;
        await response.Body.WriteAsync(wav.AsMemory(0, length), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A valid-looking 24 kHz WAV header declaring a huge data chunk, whose body is generated while it streams.</summary>
    private static class OversizeMedia
    {
        public static async Task WriteAsync(HttpContext context, long dataLength, bool withLength, CancellationToken cancellationToken)
        {
            var response = context.Response;
            response.ContentType = "audio/wav";
            if (withLength)
            {
                response.ContentLength = WavFile.CanonicalHeaderLength + dataLength;
            }

            var header = WavFile.FromPcm16(ReadOnlySpan<short>.Empty, PlaceholderVoice.SampleRate, 1);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)Math.Min(uint.MaxValue, 36 + dataLength));
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), (uint)Math.Min(uint.MaxValue, dataLength));
            await response.Body.WriteAsync(header, cancellationToken).ConfigureAwait(false);

            // One reusable 64 KiB block of a quiet tone: the 200 MB never exist in memory at once.
            var block = new byte[64 * 1024];
            for (var i = 0; i < block.Length / 2; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(block.AsSpan(i * 2), (short)(3000 * Math.Sin(2 * Math.PI * 220 * i / PlaceholderVoice.SampleRate)));
            }

            var remaining = dataLength;
            try
            {
                while (remaining > 0)
                {
                    var count = (int)Math.Min(block.Length, remaining);
                    await response.Body.WriteAsync(block.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                    remaining -= count;
                }
            }
            catch (OperationCanceledException)
            {
                // The client gave up (as it should, at its download cap), or the emulator is stopping.
                context.Abort();
            }
        }
    }
}
