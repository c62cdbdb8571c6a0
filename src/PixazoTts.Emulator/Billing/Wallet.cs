namespace PixazoTts.Emulator.Billing;

/// <summary>
/// The emulated wallet. A job reserves its price when it is accepted (so a burst of submits cannot overspend:
/// the gateway answers 402 when the balance minus what unfinished jobs will cost is below the price), and settles
/// when it ends: COMPLETED and FAILED are charged, ERROR releases the reservation.
/// </summary>
internal sealed class Wallet
{
    private readonly Lock _lock = new();
    private readonly decimal? _initialBalance;
    private decimal _charged;
    private decimal _reserved;

    public Wallet(decimal? initialBalance, decimal price)
    {
        _initialBalance = initialBalance;
        Price = price;
    }

    public decimal Price { get; }

    public decimal Charged
    {
        get
        {
            lock (_lock)
            {
                return _charged;
            }
        }
    }

    /// <summary>What is left; null for an unlimited wallet.</summary>
    public decimal? Balance
    {
        get
        {
            lock (_lock)
            {
                return _initialBalance - _charged;
            }
        }
    }

    public bool TryReserve()
    {
        lock (_lock)
        {
            if (_initialBalance is { } initial && initial - _charged - _reserved < Price)
            {
                return false;
            }

            _reserved += Price;
            return true;
        }
    }

    public void Settle(bool charge)
    {
        lock (_lock)
        {
            _reserved -= Price;
            if (charge)
            {
                _charged += Price;
            }
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _charged = 0;
            _reserved = 0;
        }
    }
}
