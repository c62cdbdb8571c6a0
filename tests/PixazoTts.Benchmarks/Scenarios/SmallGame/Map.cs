using System.Text;

namespace Crawl;

/// <summary>The level: a grid of tiles with the rooms it was carved from.</summary>
public sealed class Map
{
    private readonly Tile[] _tiles;

    public Map(int width, int height)
    {
        Width = width;
        Height = height;
        _tiles = new Tile[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public List<Room> Rooms { get; } = [];

    public Point Stairs { get; set; }

    public bool InBounds(Point point) => point.X >= 0 && point.Y >= 0 && point.X < Width && point.Y < Height;

    public ref Tile this[Point point] => ref _tiles[(point.Y * Width) + point.X];

    public bool IsWalkable(Point point) => InBounds(point) && this[point].IsWalkable;

    public bool BlocksSight(Point point) => !InBounds(point) || this[point].BlocksSight;

    public void Fill(TileKind kind)
    {
        for (int i = 0; i < _tiles.Length; i++)
        {
            _tiles[i] = new Tile { Kind = kind };
        }
    }

    public void Carve(Room room)
    {
        foreach (var point in room.Interior())
        {
            this[point].Kind = TileKind.Floor;
        }

        Rooms.Add(room);
    }

    public void CarveHorizontal(int x1, int x2, int y)
    {
        for (int x = Math.Min(x1, x2); x <= Math.Max(x1, x2); x++)
        {
            this[new Point(x, y)].Kind = TileKind.Floor;
        }
    }

    public void CarveVertical(int y1, int y2, int x)
    {
        for (int y = Math.Min(y1, y2); y <= Math.Max(y1, y2); y++)
        {
            this[new Point(x, y)].Kind = TileKind.Floor;
        }
    }

    public void ClearVisibility()
    {
        for (int i = 0; i < _tiles.Length; i++)
        {
            _tiles[i].Visible = false;
        }
    }

    public int CountExplored() => _tiles.Count(t => t.Explored);

    public IEnumerable<Point> WalkableNeighbours(Point point) =>
        Point.Neighbours8.Select(offset => point + offset).Where(IsWalkable);

    /// <summary>The map as text, with actors drawn over it: what a terminal front end would print.</summary>
    public string Render(IEnumerable<Actor> actors, bool revealAll = false)
    {
        var glyphs = actors.Where(a => a.IsAlive).ToDictionary(a => a.Position, a => a.Glyph);
        var text = new StringBuilder((Width + 1) * Height);
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                var point = new Point(x, y);
                var tile = this[point];
                if (!revealAll && !tile.Explored)
                {
                    text.Append(' ');
                }
                else if ((revealAll || tile.Visible) && glyphs.TryGetValue(point, out char glyph))
                {
                    text.Append(glyph);
                }
                else
                {
                    text.Append(tile.Glyph);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
