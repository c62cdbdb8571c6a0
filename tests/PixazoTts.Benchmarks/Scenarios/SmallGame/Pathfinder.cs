namespace Crawl;

/// <summary>A* over the map's walkable cells, diagonal moves allowed, water slower; occupied cells can be avoided.</summary>
public static class Pathfinder
{
    public static List<Point>? FindPath(Map map, Point start, Point goal, Func<Point, bool>? isBlocked = null, int maxVisited = 4000)
    {
        if (!map.IsWalkable(goal))
        {
            return null;
        }

        var open = new PriorityQueue<Point, int>();
        var cameFrom = new Dictionary<Point, Point>();
        var cost = new Dictionary<Point, int> { [start] = 0 };
        open.Enqueue(start, 0);
        int visited = 0;
        while (open.TryDequeue(out var current, out _))
        {
            if (current == goal)
            {
                return Reconstruct(cameFrom, current);
            }

            if (++visited > maxVisited)
            {
                break;
            }

            foreach (var next in map.WalkableNeighbours(current))
            {
                if (next != goal && isBlocked?.Invoke(next) == true)
                {
                    continue;
                }

                int newCost = cost[current] + map[next].MoveCost;
                if (!cost.TryGetValue(next, out int known) || newCost < known)
                {
                    cost[next] = newCost;
                    cameFrom[next] = current;
                    open.Enqueue(next, newCost + next.ChebyshevDistance(goal));
                }
            }
        }

        return null;
    }

    /// <summary>Steps to every reachable cell from <paramref name="origin"/>, breadth first: a flee map or a sound map.</summary>
    public static Dictionary<Point, int> DistanceMap(Map map, Point origin, int limit = 30)
    {
        var distances = new Dictionary<Point, int> { [origin] = 0 };
        var queue = new Queue<Point>();
        queue.Enqueue(origin);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            int distance = distances[current];
            if (distance >= limit)
            {
                continue;
            }

            foreach (var next in map.WalkableNeighbours(current))
            {
                if (distances.TryAdd(next, distance + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return distances;
    }

    private static List<Point> Reconstruct(Dictionary<Point, Point> cameFrom, Point current)
    {
        var path = new List<Point> { current };
        while (cameFrom.TryGetValue(current, out var previous))
        {
            current = previous;
            path.Add(current);
        }

        path.Reverse();
        return path;
    }
}
