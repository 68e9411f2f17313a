using FsCheck;
using FsCheck.Fluent;
using JsonResume.FsCheck.Internal;
using JsonResume.Model;

namespace JsonResume.FsCheck;

/// <summary>
/// Shrinking FsCheck arbitraries for every model class and for <see cref="Model.PartialDate"/>, with
/// <see cref="GeneratorOptions.Default"/>. Register them once, e.g. <c>[Property(Arbitrary = new[] { typeof(ResumeArbitraries) })]</c>
/// on a test, <c>[Properties(Arbitrary = new[] { typeof(ResumeArbitraries) })]</c> on a class, or
/// <c>Config.QuickThrowOnFailure.WithArbitrary([typeof(ResumeArbitraries)])</c>; properties can then take a
/// <see cref="Model.Resume"/> (or any part of one) as a parameter. For other options use <see cref="ResumeGenerators"/>.
/// </summary>
public static partial class ResumeArbitraries
{
    internal static ModelShapes DefaultShapes { get; } = new(GeneratorOptions.Default);

    /// <summary>Whole résumés, schema-valid, shrinking by removing unknown properties, properties and items, and shortening text.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Resume> Resume() => Arb.From(DefaultShapes.Resume.Generator, DefaultShapes.Resume.Shrink);

    /// <summary>Real partial dates of every precision, shrinking to coarser precision.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartialDate> PartialDate() => Arb.From(Formats.AnyDates, Formats.Shrink);
}
