using System.Runtime.InteropServices;

namespace PixazoTts.Emulator.Hosting;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM for the command line. The first one cancels <see cref="Token"/>, and the emulator
/// stops gracefully (bounded by <see cref="EmulatorHost.ShutdownTimeout"/>); a second one is left to the runtime's
/// default action, which ends the process at once. Registered before anything starts, so there is no moment when a
/// signal is neither handled nor fatal.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _received;

    public StopSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1)
        {
            return;
        }

        context.Cancel = true;

        // Asynchronously: the stop runs on the thread pool, not on the runtime's signal thread.
        _ = _stop.CancelAsync();
    }
}
