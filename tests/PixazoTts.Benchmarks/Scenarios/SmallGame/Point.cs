namespace Crawl;

/// <summary>A cell on the map.</summary>
public readonly record struct Point(int X, int Y)
{
    public static readonly Point[] Neighbours4 = [new(0, -1), new(1, 0), new(0, 1), new(-1, 0)];

    public static readonly Point[] Neighbours8 =
    [
        new(0, -1), new(1, -1), new(1, 0), new(1, 1), new(0, 1), new(-1, 1), new(-1, 0), new(-1, -1),
    ];

    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);

    public static Point operator -(Point a, Point b) => new(a.X - b.X, a.Y - b.Y);

    /// <summary>Moves allowed diagonally: the number of king moves between two cells.</summary>
    public int ChebyshevDistance(Point other) => Math.Max(Math.Abs(X - other.X), Math.Abs(Y - other.Y));

    public int ManhattanDistance(Point other) => Math.Abs(X - other.X) + Math.Abs(Y - other.Y);

    public double EuclideanDistance(Point other)
    {
        int dx = X - other.X, dy = Y - other.Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>One step towards <paramref name="target"/>, diagonals allowed.</summary>
    public Point StepTowards(Point target) => new(X + Math.Sign(target.X - X), Y + Math.Sign(target.Y - Y));

    /// <summary>The cells of a straight line (Bresenham), both ends included.</summary>
    public IEnumerable<Point> LineTo(Point target)
    {
        int x = X, y = Y;
        int dx = Math.Abs(target.X - x), sx = x < target.X ? 1 : -1;
        int dy = -Math.Abs(target.Y - y), sy = y < target.Y ? 1 : -1;
        int error = dx + dy;
        while (true)
        {
            yield return new Point(x, y);
            if (x == target.X && y == target.Y)
            {
                yield break;
            }

            int doubled = 2 * error;
            if (doubled >= dy)
            {
                error += dy;
                x += sx;
            }

            if (doubled <= dx)
            {
                error += dx;
                y += sy;
            }
        }
    }

    public override string ToString() => $"({X},{Y})";
}
