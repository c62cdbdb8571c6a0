namespace Crawl;

/// <summary>A rectangular room: its interior is floor, its outline wall.</summary>
public readonly record struct Room(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width - 1;

    public int Bottom => Top + Height - 1;

    public Point Center => new(Left + (Width / 2), Top + (Height / 2));

    public int Area => Width * Height;

    public bool Contains(Point point) => point.X >= Left && point.X <= Right && point.Y >= Top && point.Y <= Bottom;

    /// <summary>Overlap including a margin, so two rooms never share a wall.</summary>
    public bool Intersects(Room other, int margin = 1) =>
        Left - margin <= other.Right && Right + margin >= other.Left && Top - margin <= other.Bottom && Bottom + margin >= other.Top;

    public IEnumerable<Point> Interior()
    {
        for (int y = Top + 1; y < Bottom; y++)
        {
            for (int x = Left + 1; x < Right; x++)
            {
                yield return new Point(x, y);
            }
        }
    }

    public Point RandomInteriorPoint(Rng rng) => new(rng.Next(Left + 1, Right), rng.Next(Top + 1, Bottom));
}
