namespace Crawl;

/// <summary>
/// Energy-based turns: every tick each actor gains its speed in energy and acts once it has 100, so a fast actor acts
/// more often than a slow one without any fixed turn order.
/// </summary>
public sealed class TurnScheduler
{
    public const int ActionCost = 100;

    private readonly Dictionary<int, int> _energy = [];
    private readonly List<Actor> _actors = [];

    public long Ticks { get; private set; }

    public IReadOnlyList<Actor> Actors => _actors;

    public void Add(Actor actor)
    {
        _actors.Add(actor);
        _energy[actor.Id] = 0;
    }

    public void RemoveDead()
    {
        foreach (var dead in _actors.Where(a => !a.IsAlive).ToList())
        {
            _actors.Remove(dead);
            _energy.Remove(dead.Id);
        }
    }

    /// <summary>Advances time until someone can act; returns the actors ready this tick, fastest first.</summary>
    public List<Actor> NextReady()
    {
        var ready = new List<Actor>();
        while (ready.Count == 0 && _actors.Count > 0)
        {
            Ticks++;
            foreach (var actor in _actors)
            {
                int energy = _energy[actor.Id] + Math.Max(1, actor.Speed);
                _energy[actor.Id] = energy;
                if (energy >= ActionCost)
                {
                    ready.Add(actor);
                }
            }
        }

        ready.Sort((a, b) => _energy[b.Id].CompareTo(_energy[a.Id]));
        return ready;
    }

    public void Spend(Actor actor, int cost = ActionCost) => _energy[actor.Id] -= cost;
}
