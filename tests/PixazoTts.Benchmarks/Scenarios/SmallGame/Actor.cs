namespace Crawl;

public enum Faction
{
    Player,
    Monsters,
}

/// <summary>Something that takes turns: the player or a monster, with its stats and equipment.</summary>
public sealed class Actor(string name, char glyph, Faction faction, Stats stats) : Entity(name, glyph)
{
    public Faction Faction { get; } = faction;

    public Stats BaseStats { get; } = stats;

    public int Health { get; private set; } = stats.MaxHealth;

    public int Experience { get; set; }

    public int Level { get; private set; } = 1;

    public Inventory Inventory { get; } = new(capacity: 12);

    public MonsterBehaviour Behaviour { get; set; } = MonsterBehaviour.Wander;

    public bool IsAlive => Health > 0;

    public int MaxHealth => BaseStats.MaxHealth + Inventory.Bonus(s => s.MaxHealth) + ((Level - 1) * 4);

    public int Attack => BaseStats.Attack + Inventory.Bonus(s => s.Attack) + (Level - 1);

    public int Defense => BaseStats.Defense + Inventory.Bonus(s => s.Defense);

    public int Speed => BaseStats.Speed + Inventory.Bonus(s => s.Speed);

    public double HealthFraction => (double)Health / MaxHealth;

    public int TakeDamage(int amount)
    {
        int taken = Math.Clamp(amount, 0, Health);
        Health -= taken;
        return taken;
    }

    public int Heal(int amount)
    {
        int healed = Math.Clamp(amount, 0, MaxHealth - Health);
        Health += healed;
        return healed;
    }

    /// <summary>Adds experience; returns the number of levels gained (each needs 20 more than the last).</summary>
    public int GainExperience(int amount)
    {
        Experience += amount;
        int gained = 0;
        while (Experience >= ExperienceForLevel(Level + 1))
        {
            Level++;
            gained++;
            Health = MaxHealth;
        }

        return gained;
    }

    public static int ExperienceForLevel(int level) => 10 * level * (level - 1);
}

/// <summary>An actor's base numbers, and an item's bonuses to them.</summary>
public readonly record struct Stats(int MaxHealth, int Attack, int Defense, int Speed)
{
    public static Stats operator +(Stats a, Stats b) =>
        new(a.MaxHealth + b.MaxHealth, a.Attack + b.Attack, a.Defense + b.Defense, a.Speed + b.Speed);
}

/// <summary>Anything with a place on the map and a name to put in the message log.</summary>
public abstract class Entity(string name, char glyph)
{
    private static int s_nextId;

    public int Id { get; } = Interlocked.Increment(ref s_nextId);

    public string Name { get; } = name;

    public char Glyph { get; } = glyph;

    public Point Position { get; set; }

    public override string ToString() => $"{Name}#{Id} at {Position}";
}
