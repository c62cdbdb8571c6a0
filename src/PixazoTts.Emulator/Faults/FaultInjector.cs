using PixazoTts.Emulator.Jobs;

namespace PixazoTts.Emulator.Faults;

/// <summary>
/// Every random decision of the emulator, drawn from seeded generators so that a run is repeatable. Each kind of
/// decision has its own stream (gateway faults on generate, on status, job outcomes, media faults), so that for
/// example polling more often does not change which jobs fail. With concurrent requests the order of draws follows
/// the order of arrival.
/// </summary>
internal sealed class FaultInjector
{
    private readonly EmulatorOptions _options;
    private readonly Lock _lock = new();
    private Random _generateFaults = null!;
    private Random _statusFaults = null!;
    private Random _outcomes = null!;
    private Random _mediaFaults = null!;

    public FaultInjector(EmulatorOptions options)
    {
        _options = options;
        Reset();
    }

    public void Reset()
    {
        lock (_lock)
        {
            // System.Random with a seed is a documented, stable sequence (the legacy seeded algorithm).
            _generateFaults = new Random(_options.Seed);
            _statusFaults = new Random(unchecked(_options.Seed * 31 + 1));
            _outcomes = new Random(unchecked(_options.Seed * 31 + 2));
            _mediaFaults = new Random(unchecked(_options.Seed * 31 + 3));
        }
    }

    public GatewayFault NextGenerateFault() => NextGatewayFault(_generateFaults);

    public GatewayFault NextStatusFault() => NextGatewayFault(_statusFaults);

    public JobOutcome NextOutcome()
    {
        if (_options.Hostile.HasFlag(EmulatorHostileModes.NeverFinish))
        {
            return JobOutcome.NeverFinishes;
        }

        var draw = Draw(_outcomes);
        return draw < _options.RateFailed ? JobOutcome.Failed
            : draw < _options.RateFailed + _options.RateError ? JobOutcome.Error
            : JobOutcome.Completed;
    }

    public MediaFault NextMediaFault()
    {
        var draw = Draw(_mediaFaults);
        return draw < _options.RateTruncated ? MediaFault.Truncated
            : draw < _options.RateTruncated + _options.RateNotWav ? MediaFault.NotWav
            : MediaFault.None;
    }

    private GatewayFault NextGatewayFault(Random stream)
    {
        var draw = Draw(stream);
        return draw < _options.RateDrop ? GatewayFault.Drop
            : draw < _options.RateDrop + _options.Rate500 ? GatewayFault.ServerError
            : draw < _options.RateDrop + _options.Rate500 + _options.Rate429 ? GatewayFault.RateLimited
            : GatewayFault.None;
    }

    private double Draw(Random stream)
    {
        lock (_lock)
        {
            return stream.NextDouble();
        }
    }
}
