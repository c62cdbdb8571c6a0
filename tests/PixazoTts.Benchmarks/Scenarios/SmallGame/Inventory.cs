namespace Crawl;

/// <summary>What an actor carries: a bounded bag and one equipped item per slot.</summary>
public sealed class Inventory(int capacity)
{
    private readonly List<Item> _items = [];
    private readonly Dictionary<ItemSlot, Item> _equipped = [];

    public int Capacity { get; } = capacity;

    public IReadOnlyList<Item> Items => _items;

    public IReadOnlyDictionary<ItemSlot, Item> Equipped => _equipped;

    public int TotalWeight => _items.Sum(i => i.Weight) + _equipped.Values.Sum(i => i.Weight);

    public bool IsFull => _items.Count >= Capacity;

    public bool TryAdd(Item item)
    {
        if (IsFull)
        {
            return false;
        }

        _items.Add(item);
        return true;
    }

    public bool Remove(Item item) => _items.Remove(item);

    /// <summary>Equips an item from the bag; what was in its slot goes back into the bag.</summary>
    public Item? Equip(Item item)
    {
        if (!item.IsEquipment || !_items.Remove(item))
        {
            throw new InvalidOperationException($"{item.Name} cannot be equipped");
        }

        _equipped.TryGetValue(item.Slot, out var previous);
        _equipped[item.Slot] = item;
        if (previous is not null)
        {
            _items.Add(previous);
        }

        return previous;
    }

    /// <summary>Equips whatever in the bag is better than what is worn, by a simple score.</summary>
    public List<Item> EquipBest()
    {
        var changed = new List<Item>();
        foreach (var group in _items.Where(i => i.IsEquipment).GroupBy(i => i.Slot).ToList())
        {
            var best = group.MaxBy(Score)!;
            if (!_equipped.TryGetValue(group.Key, out var worn) || Score(best) > Score(worn))
            {
                Equip(best);
                changed.Add(best);
            }
        }

        return changed;
    }

    public int Bonus(Func<Stats, int> stat) => _equipped.Values.Sum(i => stat(i.Bonus));

    public Item? FirstConsumable(EffectKind kind) => _items.FirstOrDefault(i => i.Effect?.Kind == kind);

    private static int Score(Item item) => (item.Bonus.Attack * 3) + (item.Bonus.Defense * 3) + item.Bonus.MaxHealth + (item.Bonus.Speed * 2);
}
