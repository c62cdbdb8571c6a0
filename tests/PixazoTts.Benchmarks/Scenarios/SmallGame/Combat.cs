namespace Crawl;

/// <summary>One attack: to-hit roll, damage, criticals, and the experience a kill gives.</summary>
public sealed class Combat(Rng rng, MessageLog log)
{
    public int Attacks { get; private set; }

    public int Kills { get; private set; }

    public AttackResult Attack(Actor attacker, Actor defender)
    {
        Attacks++;
        int toHit = rng.Roll(1, 20) + attacker.Attack;
        int armourClass = 10 + defender.Defense;
        if (toHit < armourClass)
        {
            log.Add($"{attacker.Name} misses {defender.Name}.", MessageKind.Combat);
            return new AttackResult(false, false, 0, false);
        }

        bool critical = rng.Chance(0.05 + (attacker.Speed * 0.005));
        int damage = Math.Max(1, rng.Roll(1, 6, attacker.Attack / 2) - (defender.Defense / 2));
        if (critical)
        {
            damage *= 2;
        }

        int taken = defender.TakeDamage(damage);
        log.Add($"{attacker.Name} {(critical ? "critically hits" : "hits")} {defender.Name} for {taken}.", MessageKind.Combat);
        if (defender.IsAlive)
        {
            return new AttackResult(true, critical, taken, false);
        }

        Kills++;
        log.Add($"{defender.Name} dies.", MessageKind.Death);
        int levels = attacker.GainExperience(ExperienceFor(defender));
        if (levels > 0)
        {
            log.Add($"{attacker.Name} reaches level {attacker.Level}!", MessageKind.Important);
        }

        return new AttackResult(true, critical, taken, true);
    }

    public static int ExperienceFor(Actor defeated) => 5 + (defeated.BaseStats.Attack * 2) + (defeated.BaseStats.MaxHealth / 4);
}

public readonly record struct AttackResult(bool Hit, bool Critical, int Damage, bool Killed);
