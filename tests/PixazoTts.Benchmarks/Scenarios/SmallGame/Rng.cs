namespace Crawl;

/// <summary>A small deterministic generator (xorshift64*), so a seed replays the same dungeon and the same fights.</summary>
public sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public ulong State => _state;

    public ulong NextUInt64()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return _state * 0x2545F4914F6CDD1DUL;
    }

    /// <summary>A value in [min, max).</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "max must be greater than min");
        }

        ulong range = (ulong)(max - min);
        return min + (int)(NextUInt64() % range);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Dice notation: <c>2d6+1</c>.</summary>
    public int Roll(int count, int sides, int bonus = 0)
    {
        int total = bonus;
        for (int i = 0; i < count; i++)
        {
            total += Next(1, sides + 1);
        }

        return total;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>Picks by weight; weights must be positive.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Item, int Weight)> table)
    {
        int total = table.Sum(t => t.Weight);
        int roll = Next(0, total);
        foreach (var (item, weight) in table)
        {
            if (roll < weight)
            {
                return item;
            }

            roll -= weight;
        }

        return table[^1].Item;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = Next(0, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
