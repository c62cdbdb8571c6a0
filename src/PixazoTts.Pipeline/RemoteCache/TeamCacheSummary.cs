using System.Globalization;
using System.Text;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>What the team cache did in one build, for the build summary: lines from the remote, uploads, refusals and why.</summary>
public sealed class TeamCacheSummary
{
    private readonly List<RemoteFetch> _fetches = [];
    private readonly List<RemoteUpload> _uploads = [];

    /// <summary>Lines downloaded, verified and stored locally.</summary>
    public int Downloaded => _fetches.Count(f => f.Outcome == RemoteFetchOutcome.Downloaded);

    /// <summary>Entries refused by verification.</summary>
    public int Refused => _fetches.Count(f => f.Outcome == RemoteFetchOutcome.Refused);

    /// <summary>Entries uploaded.</summary>
    public int Uploaded => _uploads.Count(u => u.Outcome == RemoteUploadOutcome.Uploaded);

    /// <summary>Uploads the remote already had (write-once).</summary>
    public int AlreadyPresent => _uploads.Count(u => u.Outcome == RemoteUploadOutcome.AlreadyPresent);

    /// <summary>Adds lookup results.</summary>
    /// <param name="fetches">The results.</param>
    public void Add(IEnumerable<RemoteFetch> fetches) => _fetches.AddRange(fetches);

    /// <summary>Adds upload results.</summary>
    /// <param name="uploads">The results.</param>
    public void Add(IEnumerable<RemoteUpload> uploads) => _uploads.AddRange(uploads);

    /// <summary>One line: <c>3 from the remote, 2 uploaded, 1 already there, 1 refused (1: its signature does not match …)</c>.</summary>
    /// <param name="failure">The remote's failure in this build, if any.</param>
    public string Describe(RemoteCacheFailure? failure)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Downloaded} from the remote, {Uploaded} uploaded, {AlreadyPresent} already there, {Refused} refused");
        var reasons = _fetches.Where(f => f.Outcome == RemoteFetchOutcome.Refused)
            .GroupBy(f => f.Reason ?? "unknown", StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()}: {g.Key}"))
            .ToList();
        if (reasons.Count > 0)
        {
            text.Append(" (").Append(string.Join("; ", reasons)).Append(')');
        }

        if (failure is not null)
        {
            text.Append("; skipped after it failed");
        }

        return text.ToString();
    }
}
