using PixazoTts.SourceGenerator.Tests.Infrastructure;
using Xunit.Sdk;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The snapshot check itself: a difference always fails, with or without <c>PIXAZO_APPROVE=1</c> (which only writes
/// the new approved file), so the approval switch leaking into CI can never turn a changed snapshot green.
/// </summary>
public sealed class SnapshotApprovalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pixazotts-snapshots-").FullName;

    private string Approved => Path.Combine(_folder, "case.approved.txt");

    private string Received => Path.Combine(_folder, "case.received.txt");

    [Fact]
    public void With_approval_on_a_difference_still_fails_and_the_new_output_becomes_the_approved_file()
    {
        File.WriteAllText(Approved, "old output\n");

        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.MatchIn(_folder, "case", "new output\n", approve: true));

        Assert.Contains("PIXAZO_APPROVE", failure.Message, StringComparison.Ordinal);
        Assert.Equal("new output\n", File.ReadAllText(Approved));
        Assert.False(File.Exists(Received));

        // The next run, without approval, passes on the approved output.
        Snapshot.MatchIn(_folder, "case", "new output\n", approve: false);
    }

    [Fact]
    public void With_approval_on_a_missing_snapshot_fails_and_is_written()
    {
        Assert.ThrowsAny<XunitException>(() => Snapshot.MatchIn(_folder, "case", "first output\n", approve: true));

        Assert.Equal("first output\n", File.ReadAllText(Approved));
    }

    [Fact]
    public void Without_approval_a_difference_fails_writes_the_received_file_and_leaves_the_approved_one()
    {
        File.WriteAllText(Approved, "old output\n");

        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.MatchIn(_folder, "case", "new output\n", approve: false));

        Assert.Contains("line 1", failure.Message, StringComparison.Ordinal);
        Assert.Equal("old output\n", File.ReadAllText(Approved));
        Assert.Equal("new output\n", File.ReadAllText(Received));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_match_passes_with_or_without_approval_and_clears_a_stale_received_file(bool approve)
    {
        File.WriteAllText(Approved, "same\n");
        File.WriteAllText(Received, "stale\n");
        var written = File.GetLastWriteTimeUtc(Approved);

        Snapshot.MatchIn(_folder, "case", "same\r\n", approve);

        Assert.False(File.Exists(Received));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Approved));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
