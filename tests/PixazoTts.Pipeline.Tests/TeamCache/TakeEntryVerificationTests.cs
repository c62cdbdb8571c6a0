using System.Text;
using PixazoTts.Audio;
using PixazoTts.Caching;
using PixazoTts.Pipeline.RemoteCache;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>A team-cache entry of take 2 carries its take in the metadata, and the verifier recomputes its key from it.</summary>
public sealed class TakeEntryVerificationTests
{
    private static readonly TtsUtterance TakeTwo = new("Fifty gold. Take it or leave it.", "Algenib", "Gruff", "en-US", take: 2);

    private static (string Key, byte[] Wav, byte[] Json) Entry(TtsUtterance utterance, string? signingKey = null)
    {
        byte[] wav = PlaceholderVoice.Synthesize(utterance);
        string key = utterance.ComputeKey(TtsModels.Gateway);
        var metadata = new TtsCacheMetadata(TtsModels.Gateway, utterance, "gemini-flash-tts_r", DateTimeOffset.UtcNow, wav.LongLength, RemoteEntryVerifier.Sha256(wav));
        return (key, wav, RemoteEntryVerifier.DescribeForUpload(key, wav, metadata, signingKey)!);
    }

    [Fact]
    public void A_take_2_entry_verifies_under_its_own_key_signed_or_not()
    {
        var (key, wav, json) = Entry(TakeTwo);
        Assert.Contains("\"take\": 2", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        Assert.Equal(2, RemoteEntryVerifier.Verify(key, wav, json, null, out string? reason)?.Utterance.Take);
        Assert.Null(reason);

        var (signedKey, signedWav, signedJson) = Entry(TakeTwo, "team-secret");
        Assert.NotNull(RemoteEntryVerifier.Verify(signedKey, signedWav, signedJson, "team-secret", out reason));
    }

    [Fact]
    public void Take_2_metadata_without_its_take_describes_take_1_and_is_refused_under_the_take_2_key()
    {
        var (key, wav, json) = Entry(TakeTwo);
        string withoutTake = Encoding.UTF8.GetString(json).Replace("\n  \"take\": 2,", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("take", withoutTake, StringComparison.Ordinal);

        Assert.Null(RemoteEntryVerifier.Verify(key, wav, Encoding.UTF8.GetBytes(withoutTake), null, out string? reason));
        Assert.StartsWith("its metadata describes another line", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_take_1_entry_is_described_exactly_as_before_takes()
    {
        var (key, wav, json) = Entry(new TtsUtterance("Fifty gold. Take it or leave it.", "Algenib", "Gruff", "en-US"));

        Assert.DoesNotContain("\"take\"", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        Assert.NotNull(RemoteEntryVerifier.Verify(key, wav, json, null, out _));
    }
}
