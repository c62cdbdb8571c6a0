namespace Crawl;

public enum MonsterBehaviour
{
    Wander,
    Chase,
    Flee,
}

/// <summary>What a monster does on its turn: wander until it sees the player, chase, flee when badly hurt.</summary>
public sealed class MonsterAi(World world, Rng rng)
{
    public const int SightRadius = 8;

    public void TakeTurn(Actor monster)
    {
        var player = world.Player;
        bool seesPlayer = world.Map[monster.Position].Visible && monster.Position.ChebyshevDistance(player.Position) <= SightRadius;
        monster.Behaviour = (monster.Behaviour, seesPlayer, monster.HealthFraction) switch
        {
            (_, _, < 0.25) when seesPlayer => MonsterBehaviour.Flee,
            (MonsterBehaviour.Flee, _, >= 0.6) => MonsterBehaviour.Chase,
            (MonsterBehaviour.Wander, true, _) => MonsterBehaviour.Chase,
            (MonsterBehaviour.Chase, false, _) when rng.Chance(0.1) => MonsterBehaviour.Wander,
            var (current, _, _) => current,
        };

        switch (monster.Behaviour)
        {
            case MonsterBehaviour.Chase:
                Chase(monster, player);
                break;
            case MonsterBehaviour.Flee:
                Flee(monster, player);
                break;
            default:
                Wander(monster);
                break;
        }
    }

    private void Chase(Actor monster, Actor player)
    {
        if (monster.Position.ChebyshevDistance(player.Position) == 1)
        {
            world.Combat.Attack(monster, player);
            return;
        }

        var path = Pathfinder.FindPath(world.Map, monster.Position, player.Position, world.IsOccupied, maxVisited: 600);
        if (path is { Count: > 1 })
        {
            world.TryMove(monster, path[1]);
        }
    }

    private void Flee(Actor monster, Actor player)
    {
        var best = world.Map.WalkableNeighbours(monster.Position)
            .Where(p => !world.IsOccupied(p))
            .OrderByDescending(p => p.EuclideanDistance(player.Position))
            .FirstOrDefault(monster.Position);
        if (best != monster.Position)
        {
            world.TryMove(monster, best);
        }
        else if (monster.Position.ChebyshevDistance(player.Position) == 1)
        {
            world.Combat.Attack(monster, player);
        }

        monster.Heal(1);
    }

    private void Wander(Actor monster)
    {
        var options = world.Map.WalkableNeighbours(monster.Position).Where(p => !world.IsOccupied(p)).ToList();
        if (options.Count > 0 && rng.Chance(0.7))
        {
            world.TryMove(monster, rng.Pick(options));
        }
    }
}
