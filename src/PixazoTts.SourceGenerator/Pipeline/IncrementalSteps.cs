using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// Steps that keep every pipeline output a class. The compiler's incremental tables are generic over each step's
    /// output; for reference types they share the native code the compiler ships precompiled, but a value type (the
    /// <c>ImmutableArray</c> of <c>Collect</c>, the tuple that <c>Combine</c> makes of it, a tuple of a tuple) gets its own,
    /// which a cold compiler JIT-compiles on every clean build: about 400 methods for the shapes this replaced.
    /// </summary>
    internal static class IncrementalSteps
    {
        /// <summary><c>Collect</c>, as an <see cref="EquatableArray{T}"/>: a <c>Combine</c> with it pairs two references.</summary>
        public static IncrementalValueProvider<EquatableArray<T>> CollectArray<T>(this IncrementalValuesProvider<T> values)
            where T : IEquatable<T>? =>
            values.Collect().Select(static (all, _) => new EquatableArray<T>(all));

        /// <summary><c>Combine</c>, as a <see cref="Pair{TLeft, TRight}"/>: it can be combined again without a tuple of a tuple.</summary>
        public static IncrementalValueProvider<Pair<TLeft, TRight>> CombinePair<TLeft, TRight>(this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right) =>
            left.Combine(right).Select(static (pair, _) => new Pair<TLeft, TRight>(pair.Left, pair.Right));
    }

    /// <summary>Two step outputs, compared by both.</summary>
    internal sealed class Pair<TLeft, TRight> : IEquatable<Pair<TLeft, TRight>>
    {
        public Pair(TLeft left, TRight right)
        {
            Left = left;
            Right = right;
        }

        public TLeft Left { get; }

        public TRight Right { get; }

        public bool Equals(Pair<TLeft, TRight>? other) =>
            ReferenceEquals(this, other)
            || (other is not null && EqualityComparer<TLeft>.Default.Equals(Left, other.Left) && EqualityComparer<TRight>.Default.Equals(Right, other.Right));

        public override bool Equals(object? obj) => Equals(obj as Pair<TLeft, TRight>);

        public override int GetHashCode() =>
            ((Left is null ? 0 : EqualityComparer<TLeft>.Default.GetHashCode(Left)) * 397) ^ (Right is null ? 0 : EqualityComparer<TRight>.Default.GetHashCode(Right));
    }
}
