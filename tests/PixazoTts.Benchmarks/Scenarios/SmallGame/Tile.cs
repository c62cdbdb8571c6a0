namespace Crawl;

public enum TileKind
{
    Wall,
    Floor,
    Door,
    StairsDown,
    Water,
}

/// <summary>What a map cell is made of, and what the player knows about it.</summary>
public struct Tile
{
    public TileKind Kind;
    public bool Explored;
    public bool Visible;

    public readonly bool IsWalkable => Kind is TileKind.Floor or TileKind.Door or TileKind.StairsDown or TileKind.Water;

    public readonly bool BlocksSight => Kind is TileKind.Wall or TileKind.Door;

    /// <summary>Turns a move into this tile costs (water is slow).</summary>
    public readonly int MoveCost => Kind == TileKind.Water ? 3 : 1;

    public readonly char Glyph => Kind switch
    {
        TileKind.Wall => '#',
        TileKind.Floor => '.',
        TileKind.Door => '+',
        TileKind.StairsDown => '>',
        TileKind.Water => '~',
        _ => '?',
    };
}
