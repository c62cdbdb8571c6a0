namespace PixazoTts.Emulator.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when the test says so, for the jobs' state machine: QUEUED, PROCESSING and the terminal
/// status then come at exact, known instants, and every timestamp of the status document can be checked to the
/// millisecond without a single real wait.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>The documentation's example <c>created_at</c>.</summary>
    public static readonly DateTimeOffset DocumentationStart = new(2026, 4, 17, 8, 22, 25, 893, TimeSpan.Zero);

    private readonly Lock _lock = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset start)
    {
        _now = start;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock and runs, in order, every timer that has become due.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + by;
        }

        while (true)
        {
            Timer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt!.Value;
                next.Fired();
            }

            next.Run();
        }
    }

    private sealed class Timer : ITimer
    {
        private readonly ManualClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public Timer(ManualClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
        }

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_clock._lock)
            {
                _period = period;
                _clock._timers.Remove(this);
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock._now + dueTime;
                if (DueAt is not null)
                {
                    _clock._timers.Add(this);
                }
            }

            return true;
        }

        /// <summary>Called under the clock's lock when the timer fires: re-arms a periodic timer, else removes it.</summary>
        public void Fired()
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                DueAt += _period;
            }
            else
            {
                DueAt = null;
                _clock._timers.Remove(this);
            }
        }

        public void Run() => _callback(_state);

        public void Dispose() => Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
