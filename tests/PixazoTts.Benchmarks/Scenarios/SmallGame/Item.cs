namespace Crawl;

public enum ItemSlot
{
    None,
    Weapon,
    Armor,
    Ring,
}

/// <summary>Something to pick up: equipment gives stat bonuses, consumables an effect when used.</summary>
public sealed record Item(string Name, ItemSlot Slot, Stats Bonus, int Weight, ItemEffect? Effect = null)
{
    public bool IsEquipment => Slot != ItemSlot.None;

    public bool IsConsumable => Effect is not null;

    public static IReadOnlyList<(Item Item, int Weight)> LootTable { get; } =
    [
        (new Item("healing potion", ItemSlot.None, default, 1, new ItemEffect(EffectKind.Heal, 12)), 40),
        (new Item("scroll of fire", ItemSlot.None, default, 1, new ItemEffect(EffectKind.DamageNearest, 15)), 15),
        (new Item("scroll of mapping", ItemSlot.None, default, 1, new ItemEffect(EffectKind.RevealMap, 0)), 10),
        (new Item("short sword", ItemSlot.Weapon, new Stats(0, 2, 0, 0), 3), 10),
        (new Item("war axe", ItemSlot.Weapon, new Stats(0, 4, -1, -1), 6), 5),
        (new Item("leather armour", ItemSlot.Armor, new Stats(0, 0, 1, 0), 5), 10),
        (new Item("chain mail", ItemSlot.Armor, new Stats(0, 0, 3, -1), 10), 5),
        (new Item("ring of vigour", ItemSlot.Ring, new Stats(10, 0, 0, 0), 0), 3),
        (new Item("ring of haste", ItemSlot.Ring, new Stats(0, 0, 0, 3), 0), 2),
    ];
}

public enum EffectKind
{
    Heal,
    DamageNearest,
    RevealMap,
}

public sealed record ItemEffect(EffectKind Kind, int Power);

/// <summary>An item lying on the floor.</summary>
public sealed class FloorItem(Item item, Point position)
{
    public Item Item { get; } = item;

    public Point Position { get; } = position;
}
