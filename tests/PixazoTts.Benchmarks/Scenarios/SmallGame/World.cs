namespace Crawl;

/// <summary>One level: the map, the actors and items on it, and the rules that move them.</summary>
public sealed class World
{
    private static readonly (string Name, char Glyph, Stats Stats, int Weight)[] Bestiary =
    [
        ("rat", 'r', new Stats(6, 1, 0, 12), 40),
        ("goblin", 'g', new Stats(12, 3, 1, 10), 30),
        ("orc", 'o', new Stats(20, 5, 2, 8), 15),
        ("troll", 'T', new Stats(40, 8, 3, 6), 5),
    ];

    private readonly Rng _rng;

    public World(ulong seed, int depth = 1)
    {
        _rng = new Rng(seed);
        Depth = depth;
        Log = new MessageLog();
        Combat = new Combat(_rng, Log);
        Map = new DungeonGenerator(_rng).Generate(72, 36);
        Player = new Actor("you", '@', Faction.Player, new Stats(40, 4, 2, 10)) { Position = Map.Rooms[0].Center };
        Scheduler.Add(Player);
        Ai = new MonsterAi(this, _rng);
        Populate();
    }

    public int Depth { get; }

    public Map Map { get; }

    public Actor Player { get; }

    public MessageLog Log { get; }

    public Combat Combat { get; }

    public MonsterAi Ai { get; }

    public TurnScheduler Scheduler { get; } = new();

    public List<FloorItem> Items { get; } = [];

    public Quest Quest { get; } = Quest.FirstDescent();

    public IEnumerable<Actor> Monsters => Scheduler.Actors.Where(a => a.Faction == Faction.Monsters);

    public bool IsOccupied(Point point) => Scheduler.Actors.Any(a => a.IsAlive && a.Position == point);

    public Actor? ActorAt(Point point) => Scheduler.Actors.FirstOrDefault(a => a.IsAlive && a.Position == point);

    public bool TryMove(Actor actor, Point target)
    {
        if (!Map.IsWalkable(target) || IsOccupied(target))
        {
            return false;
        }

        actor.Position = target;
        if (actor == Player)
        {
            PickUp();
        }

        return true;
    }

    public void UseItem(Item item)
    {
        if (item.Effect is not { } effect || !Player.Inventory.Remove(item))
        {
            return;
        }

        switch (effect.Kind)
        {
            case EffectKind.Heal:
                Log.Add($"You drink the {item.Name} and recover {Player.Heal(effect.Power)}.");
                break;
            case EffectKind.DamageNearest when Monsters.Where(m => Map[m.Position].Visible).MinBy(m => m.Position.EuclideanDistance(Player.Position)) is { } target:
                Log.Add($"Flames engulf the {target.Name} for {target.TakeDamage(effect.Power)}.", MessageKind.Combat);
                break;
            case EffectKind.RevealMap:
                for (int y = 0; y < Map.Height; y++)
                {
                    for (int x = 0; x < Map.Width; x++)
                    {
                        Map[new Point(x, y)].Explored = true;
                    }
                }

                Log.Add("The layout of the level appears in your mind.", MessageKind.Important);
                break;
        }
    }

    private void PickUp()
    {
        foreach (var floor in Items.Where(i => i.Position == Player.Position).ToList())
        {
            if (Player.Inventory.TryAdd(floor.Item))
            {
                Items.Remove(floor);
                Log.Add($"You pick up the {floor.Item.Name}.");
                Quest.Report(ObjectiveKind.Collect, floor.Item.Name);
            }
        }

        foreach (var equipped in Player.Inventory.EquipBest())
        {
            Log.Add($"You equip the {equipped.Name}.");
        }
    }

    private void Populate()
    {
        var table = Bestiary.Select(b => (b, b.Weight)).ToList();
        foreach (var room in Map.Rooms.Skip(1))
        {
            int monsters = _rng.Next(0, 2 + Depth);
            for (int i = 0; i < monsters; i++)
            {
                var (name, glyph, stats, _) = _rng.PickWeighted(table);
                var point = room.RandomInteriorPoint(_rng);
                if (Map.IsWalkable(point) && !IsOccupied(point))
                {
                    Scheduler.Add(new Actor(name, glyph, Faction.Monsters, stats) { Position = point });
                }
            }

            if (_rng.Chance(0.6))
            {
                Items.Add(new FloorItem(_rng.PickWeighted(Item.LootTable), room.RandomInteriorPoint(_rng)));
            }
        }
    }
}
