using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// An immutable array compared by its elements. Incremental pipeline models must have value equality, and arrays
    /// (or <c>ImmutableArray</c>) compare by reference, which would make every step look modified on every run.
    /// </summary>
    /// <remarks>
    /// A class, not a struct: the compiler's incremental tables (<c>NodeStateTable&lt;T&gt;</c> and its builders) are
    /// generic over each step's output, and for a value type every step type needs its own native code, which a cold
    /// compiler process JIT-compiles on every clean build (about 500 methods for this type alone); for reference types
    /// they share the code the compiler ships precompiled.
    /// </remarks>
    internal sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>?
    {
        private readonly T[] _items;

        public EquatableArray(IEnumerable<T> items)
        {
            _items = items.ToArray();
        }

        private EquatableArray(T[] items)
        {
            _items = items;
        }

        public static EquatableArray<T> Empty { get; } = new EquatableArray<T>(Array.Empty<T>());

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public bool Equals(EquatableArray<T>? other)
        {
            if (other is null)
            {
                return false;
            }

            var mine = _items;
            var theirs = other._items;
            if (ReferenceEquals(mine, theirs))
            {
                return true; // the same array: a cached step's output handed back unchanged
            }

            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as EquatableArray<T>);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (var item in _items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
            }

            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
