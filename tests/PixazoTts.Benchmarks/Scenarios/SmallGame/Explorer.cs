namespace Crawl;

/// <summary>The player's automatic play: heal when low, fight what is adjacent, explore the nearest unknown, then the stairs.</summary>
public sealed class Explorer(World world)
{
    private List<Point>? _path;

    public bool ReachedStairs { get; private set; }

    public void TakeTurn()
    {
        var player = world.Player;
        FieldOfView.Compute(world.Map, player.Position, radius: 8);
        if (player.HealthFraction < 0.4 && player.Inventory.FirstConsumable(EffectKind.Heal) is { } potion)
        {
            world.UseItem(potion);
            return;
        }

        if (world.Monsters.FirstOrDefault(m => m.IsAlive && m.Position.ChebyshevDistance(player.Position) == 1) is { } adjacent)
        {
            world.Combat.Attack(player, adjacent);
            return;
        }

        if (_path is not { Count: > 1 } || world.IsOccupied(_path[1]))
        {
            _path = PlanPath();
        }

        if (_path is { Count: > 1 } && world.TryMove(player, _path[1]))
        {
            _path.RemoveAt(0);
        }

        if (player.Position == world.Map.Stairs)
        {
            ReachedStairs = true;
            world.Quest.Report(ObjectiveKind.Descend, "*");
            world.Log.Add("You descend the stairs.", MessageKind.Important);
        }
    }

    private List<Point>? PlanPath()
    {
        var distances = Pathfinder.DistanceMap(world.Map, world.Player.Position, limit: 60);
        var frontier = distances
            .Where(d => Point.Neighbours8.Any(o => world.Map.InBounds(d.Key + o) && !world.Map[d.Key + o].Explored))
            .OrderBy(d => d.Value)
            .Select(d => (Point?)d.Key)
            .FirstOrDefault();
        var goal = frontier ?? world.Map.Stairs;
        return Pathfinder.FindPath(world.Map, world.Player.Position, goal, world.IsOccupied);
    }
}
