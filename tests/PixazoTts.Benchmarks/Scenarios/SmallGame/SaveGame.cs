using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crawl;

/// <summary>A snapshot of a run in JSON: the seed replays the map, the rest is what changed since.</summary>
public sealed record SaveGame(
    ulong Seed,
    int Depth,
    int Turn,
    PlayerState Player,
    List<MonsterState> Monsters,
    List<string> QuestProgress)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SaveGame Capture(World world, ulong seed, int turn) => new(
        seed,
        world.Depth,
        turn,
        new PlayerState(world.Player.Position.X, world.Player.Position.Y, world.Player.Health, world.Player.Level, world.Player.Experience,
            world.Player.Inventory.Items.Select(i => i.Name).ToList(), world.Player.Inventory.Equipped.ToDictionary(e => e.Key, e => e.Value.Name)),
        world.Monsters.Where(m => m.IsAlive).Select(m => new MonsterState(m.Name, m.Position.X, m.Position.Y, m.Health, m.Behaviour)).ToList(),
        world.Quest.Objectives.Select(o => o.ToString()).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static SaveGame FromJson(string json) =>
        JsonSerializer.Deserialize<SaveGame>(json, Options) ?? throw new InvalidDataException("empty save file");

    public string Checksum()
    {
        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToJson()));
        return Convert.ToHexString(hash, 0, 8);
    }
}

public sealed record PlayerState(int X, int Y, int Health, int Level, int Experience, List<string> Items, Dictionary<ItemSlot, string> Equipped);

public sealed record MonsterState(string Name, int X, int Y, int Health, MonsterBehaviour Behaviour);
