using PixazoTts.Emulator.Billing;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Jobs;
using PixazoTts.Emulator.Statistics;

namespace PixazoTts.Emulator;

/// <summary>The emulator's mutable state as a whole: what the stats endpoint reads and the reset endpoint clears.</summary>
internal sealed class EmulatorState
{
    private readonly EmulatorCounters _counters;
    private readonly Wallet _wallet;
    private readonly JobStore _jobs;
    private readonly FaultInjector _faults;

    public EmulatorState(EmulatorCounters counters, Wallet wallet, JobStore jobs, FaultInjector faults)
    {
        _counters = counters;
        _wallet = wallet;
        _jobs = jobs;
        _faults = faults;
    }

    public EmulatorStats Snapshot() => _counters.Snapshot(_wallet.Charged, _wallet.Balance, _jobs.InFlight, _jobs.PeakInFlight);

    /// <summary>What every accepted job asked for, in the order they were accepted (<c>GET /_emulator/requests</c>).</summary>
    public IReadOnlyList<EmulatorRequest> Requests() =>
        _jobs.Accepted().Select(job => new EmulatorRequest(job.RequestId, job.Utterance.Text, job.Utterance.Voice, job.Utterance.Prompt, job.Utterance.LanguageCode)).ToList();

    /// <summary>Forgets every job, zeroes the counters, refills the wallet and restarts the seeded random streams.</summary>
    public void Reset()
    {
        _jobs.Reset();
        _counters.Reset();
        _faults.Reset();
    }
}
