namespace Crawl;

public enum MessageKind
{
    Info,
    Combat,
    Death,
    Important,
}

/// <summary>The last messages of the game, with repeats folded ("You hit the rat. x3").</summary>
public sealed class MessageLog(int capacity = 200)
{
    private readonly LinkedList<Message> _messages = new();

    public int Capacity { get; } = capacity;

    public int Total { get; private set; }

    public IEnumerable<Message> Recent(int count) => _messages.Reverse().Take(count).Reverse();

    public IReadOnlyDictionary<MessageKind, int> CountByKind => _messages.GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));

    public void Add(string text, MessageKind kind = MessageKind.Info)
    {
        Total++;
        if (_messages.Last is { } last && last.Value.Text == text)
        {
            last.Value = last.Value with { Count = last.Value.Count + 1 };
            return;
        }

        _messages.AddLast(new Message(text, kind, 1));
        while (_messages.Count > Capacity)
        {
            _messages.RemoveFirst();
        }
    }

    public readonly record struct Message(string Text, MessageKind Kind, int Count)
    {
        public override string ToString() => Count > 1 ? $"{Text} x{Count}" : Text;
    }
}
