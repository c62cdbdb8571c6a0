namespace Crawl;

/// <summary>Rooms and corridors: random rooms that do not overlap, each joined to the previous by an L-shaped corridor.</summary>
public sealed class DungeonGenerator(Rng rng)
{
    public int MaxRooms { get; init; } = 14;

    public int MinRoomSize { get; init; } = 5;

    public int MaxRoomSize { get; init; } = 11;

    public Map Generate(int width, int height)
    {
        var map = new Map(width, height);
        map.Fill(TileKind.Wall);
        for (int attempt = 0; attempt < MaxRooms * 5 && map.Rooms.Count < MaxRooms; attempt++)
        {
            int w = rng.Next(MinRoomSize, MaxRoomSize + 1);
            int h = rng.Next(MinRoomSize, MaxRoomSize + 1);
            var room = new Room(rng.Next(0, width - w), rng.Next(0, height - h), w, h);
            if (map.Rooms.Any(r => r.Intersects(room)))
            {
                continue;
            }

            var previous = map.Rooms.Count > 0 ? map.Rooms[^1] : (Room?)null;
            map.Carve(room);
            if (previous is { } last)
            {
                Connect(map, last.Center, room.Center);
            }
        }

        AddDoors(map);
        AddWater(map);
        map.Stairs = map.Rooms[^1].Center;
        map[map.Stairs].Kind = TileKind.StairsDown;
        return map;
    }

    private void Connect(Map map, Point from, Point to)
    {
        if (rng.Chance(0.5))
        {
            map.CarveHorizontal(from.X, to.X, from.Y);
            map.CarveVertical(from.Y, to.Y, to.X);
        }
        else
        {
            map.CarveVertical(from.Y, to.Y, from.X);
            map.CarveHorizontal(from.X, to.X, to.Y);
        }
    }

    /// <summary>A door where a corridor enters a room: a floor cell on the room's outline with walls on two opposite sides.</summary>
    private void AddDoors(Map map)
    {
        foreach (var room in map.Rooms)
        {
            for (int x = room.Left; x <= room.Right; x++)
            {
                TryDoor(map, new Point(x, room.Top));
                TryDoor(map, new Point(x, room.Bottom));
            }

            for (int y = room.Top; y <= room.Bottom; y++)
            {
                TryDoor(map, new Point(room.Left, y));
                TryDoor(map, new Point(room.Right, y));
            }
        }
    }

    private void TryDoor(Map map, Point point)
    {
        if (!map.InBounds(point) || map[point].Kind != TileKind.Floor || !rng.Chance(0.4))
        {
            return;
        }

        bool horizontalWalls = map.BlocksSight(point + new Point(-1, 0)) && map.BlocksSight(point + new Point(1, 0));
        bool verticalWalls = map.BlocksSight(point + new Point(0, -1)) && map.BlocksSight(point + new Point(0, 1));
        if (horizontalWalls ^ verticalWalls)
        {
            map[point].Kind = TileKind.Door;
        }
    }

    private void AddWater(Map map)
    {
        foreach (var room in map.Rooms.Where(r => r.Area > 60 && rng.Chance(0.3)))
        {
            var center = room.RandomInteriorPoint(rng);
            foreach (var point in room.Interior().Where(p => p.EuclideanDistance(center) < 2.5))
            {
                map[point].Kind = TileKind.Water;
            }
        }
    }
}
