namespace Crawl;

/// <summary>Recursive shadowcasting over eight octants: what the player sees, and therefore explores.</summary>
public static class FieldOfView
{
    private static readonly int[,] Octants =
    {
        { 1, 0, 0, -1, -1, 0, 0, 1 },
        { 0, 1, -1, 0, 0, -1, 1, 0 },
        { 0, 1, 1, 0, 0, -1, -1, 0 },
        { 1, 0, 0, 1, -1, 0, 0, -1 },
    };

    public static int Compute(Map map, Point origin, int radius)
    {
        map.ClearVisibility();
        int seen = Reveal(map, origin);
        for (int octant = 0; octant < 8; octant++)
        {
            seen += Cast(map, origin, 1, 1.0, 0.0, radius, Octants[0, octant], Octants[1, octant], Octants[2, octant], Octants[3, octant]);
        }

        return seen;
    }

    private static int Cast(Map map, Point origin, int row, double start, double end, int radius, int xx, int xy, int yx, int yy)
    {
        if (start < end)
        {
            return 0;
        }

        int seen = 0;
        double newStart = 0;
        for (int distance = row; distance <= radius; distance++)
        {
            bool blocked = false;
            for (int dx = -distance, dy = -distance; dx <= 0; dx++)
            {
                double leftSlope = (dx - 0.5) / (dy + 0.5);
                double rightSlope = (dx + 0.5) / (dy - 0.5);
                if (start < rightSlope)
                {
                    continue;
                }

                if (end > leftSlope)
                {
                    break;
                }

                var cell = new Point(origin.X + (dx * xx) + (dy * xy), origin.Y + (dx * yx) + (dy * yy));
                if ((dx * dx) + (dy * dy) <= radius * radius && map.InBounds(cell))
                {
                    seen += Reveal(map, cell);
                }

                if (blocked)
                {
                    if (map.BlocksSight(cell))
                    {
                        newStart = rightSlope;
                        continue;
                    }

                    blocked = false;
                    start = newStart;
                }
                else if (map.BlocksSight(cell) && distance < radius)
                {
                    blocked = true;
                    seen += Cast(map, origin, distance + 1, start, leftSlope, radius, xx, xy, yx, yy);
                    newStart = rightSlope;
                }
            }

            if (blocked)
            {
                break;
            }
        }

        return seen;
    }

    private static int Reveal(Map map, Point cell)
    {
        ref var tile = ref map[cell];
        bool isNew = !tile.Explored;
        tile.Visible = true;
        tile.Explored = true;
        return isNew ? 1 : 0;
    }
}
