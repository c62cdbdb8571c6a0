namespace PixazoTts.Client.Synthesis;

/// <summary>
/// The token one submission is sent with. When the caller journals accepted jobs, a submission that is already on its
/// way when the call is cancelled is given <see cref="Grace"/> to be answered rather than abandoned: the gateway may
/// have accepted it (and will charge it), and only its <c>request_id</c>, handed to the caller's hook, lets a later run
/// collect the audio instead of paying again. Without a hook there is nothing to save, and cancellation is immediate.
/// </summary>
internal sealed class SubmissionScope : IDisposable
{
    /// <summary>How long a submission in flight may still take after cancellation.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource? grace;
    private readonly CancellationTokenRegistration registration;

    private SubmissionScope(CancellationTokenSource? grace, CancellationTokenRegistration registration, CancellationToken token)
    {
        Token = token;
        this.grace = grace;
        this.registration = registration;
    }

    /// <summary>The token to send the submission with.</summary>
    public CancellationToken Token { get; }

    /// <param name="withGrace">Whether an accepted job's id would be kept (the caller has a hook).</param>
    /// <param name="cancellationToken">The call's token.</param>
    public static SubmissionScope Begin(bool withGrace, CancellationToken cancellationToken)
    {
        if (!withGrace || !cancellationToken.CanBeCanceled)
        {
            return new SubmissionScope(null, default, cancellationToken);
        }

        // A call cancelled before the submission starts sends nothing: the caller's token is checked first.
        cancellationToken.ThrowIfCancellationRequested();
        var grace = new CancellationTokenSource();
        var registration = cancellationToken.Register(static state => ((CancellationTokenSource)state!).CancelAfter(Grace), grace);
        return new SubmissionScope(grace, registration, grace.Token);
    }

    public void Dispose()
    {
        // The registration first: its callback may be running, and must not touch a disposed source.
        registration.Dispose();
        grace?.Dispose();
    }
}
