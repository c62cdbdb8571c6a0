using Crawl;

// A headless run of the game: the player explores towards the stairs, fights what comes, drinks potions when low,
// and the run ends on the stairs, at death, or after a turn limit. Prints the level, the log tail and a save checksum.
ulong seed = args.Length > 0 && ulong.TryParse(args[0], out ulong parsed) ? parsed : 20261202UL;
var world = new World(seed);
var explorer = new Explorer(world);
int turn = 0;
while (turn < 2000 && world.Player.IsAlive && !explorer.ReachedStairs)
{
    foreach (var actor in world.Scheduler.NextReady())
    {
        if (!actor.IsAlive)
        {
            continue;
        }

        if (actor == world.Player)
        {
            explorer.TakeTurn();
            turn++;
        }
        else
        {
            world.Ai.TakeTurn(actor);
        }

        world.Scheduler.Spend(actor);
    }

    foreach (var dead in world.Monsters.Where(m => !m.IsAlive))
    {
        world.Quest.Report(ObjectiveKind.Kill, dead.Name);
    }

    world.Scheduler.RemoveDead();
}

world.Quest.Report(ObjectiveKind.Explore, "*", world.Map.CountExplored());
Console.WriteLine(world.Map.Render(world.Scheduler.Actors));
foreach (var message in world.Log.Recent(8))
{
    Console.WriteLine(message);
}

Console.WriteLine($"turn {turn}, level {world.Player.Level}, health {world.Player.Health}/{world.Player.MaxHealth}, kills {world.Combat.Kills}, quest {world.Quest.Progress:P0}");
Console.WriteLine("save " + SaveGame.Capture(world, seed, turn).Checksum());
