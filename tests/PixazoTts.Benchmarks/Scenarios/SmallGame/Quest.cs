namespace Crawl;

public enum ObjectiveKind
{
    Kill,
    Collect,
    Explore,
    Descend,
}

/// <summary>A quest: objectives with progress, completed when all are.</summary>
public sealed class Quest(string title, IEnumerable<Objective> objectives)
{
    public string Title { get; } = title;

    public IReadOnlyList<Objective> Objectives { get; } = objectives.ToList();

    public bool IsComplete => Objectives.All(o => o.IsComplete);

    public double Progress => Objectives.Average(o => Math.Min(1.0, (double)o.Current / o.Target));

    /// <summary>Reports an event; returns the objectives this event completed.</summary>
    public List<Objective> Report(ObjectiveKind kind, string subject, int amount = 1)
    {
        var completed = new List<Objective>();
        foreach (var objective in Objectives.Where(o => o.Kind == kind && !o.IsComplete && o.Matches(subject)))
        {
            objective.Current += amount;
            if (objective.IsComplete)
            {
                completed.Add(objective);
            }
        }

        return completed;
    }

    public static Quest FirstDescent() => new("First descent",
    [
        new Objective(ObjectiveKind.Kill, "rat", 3),
        new Objective(ObjectiveKind.Kill, "*", 6),
        new Objective(ObjectiveKind.Collect, "healing potion", 2),
        new Objective(ObjectiveKind.Explore, "*", 400),
        new Objective(ObjectiveKind.Descend, "*", 1),
    ]);
}

public sealed class Objective(ObjectiveKind kind, string subject, int target)
{
    public ObjectiveKind Kind { get; } = kind;

    public string Subject { get; } = subject;

    public int Target { get; } = target;

    public int Current { get; set; }

    public bool IsComplete => Current >= Target;

    public bool Matches(string subject) => Subject == "*" || string.Equals(Subject, subject, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Kind} {Subject}: {Math.Min(Current, Target)}/{Target}";
}
