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
public static class ResumeArbitraries
{
    internal static ModelShapes DefaultShapes { get; } = new(GeneratorOptions.Default);

    /// <summary>Whole résumés, schema-valid, shrinking by removing unknown properties, properties and items, and shortening text.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Resume> Resume() => Arb.From(DefaultShapes.Resume.Generator, DefaultShapes.Resume.Shrink);

    /// <summary>Who the person is (<c>basics</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Basics> Basics() => Arb.From(DefaultShapes.Basics.Generator, DefaultShapes.Basics.Shrink);

    /// <summary>A postal location (<c>basics.location</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Location> Location() => Arb.From(DefaultShapes.Location.Generator, DefaultShapes.Location.Shrink);

    /// <summary>A network profile (<c>basics.profiles[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Profile> Profile() => Arb.From(DefaultShapes.Profile.Generator, DefaultShapes.Profile.Shrink);

    /// <summary>A position (<c>work[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Work> Work() => Arb.From(DefaultShapes.Work.Generator, DefaultShapes.Work.Shrink);

    /// <summary>Volunteering (<c>volunteer[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Volunteer> Volunteer() => Arb.From(DefaultShapes.Volunteer.Generator, DefaultShapes.Volunteer.Shrink);

    /// <summary>An education entry (<c>education[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Education> Education() => Arb.From(DefaultShapes.Education.Generator, DefaultShapes.Education.Shrink);

    /// <summary>An award (<c>awards[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Award> Award() => Arb.From(DefaultShapes.Award.Generator, DefaultShapes.Award.Shrink);

    /// <summary>A certificate (<c>certificates[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Certificate> Certificate() => Arb.From(DefaultShapes.Certificate.Generator, DefaultShapes.Certificate.Shrink);

    /// <summary>A publication (<c>publications[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Publication> Publication() => Arb.From(DefaultShapes.Publication.Generator, DefaultShapes.Publication.Shrink);

    /// <summary>A skill (<c>skills[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Skill> Skill() => Arb.From(DefaultShapes.Skill.Generator, DefaultShapes.Skill.Shrink);

    /// <summary>A spoken language (<c>languages[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Language> Language() => Arb.From(DefaultShapes.Language.Generator, DefaultShapes.Language.Shrink);

    /// <summary>An interest (<c>interests[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Interest> Interest() => Arb.From(DefaultShapes.Interest.Generator, DefaultShapes.Interest.Shrink);

    /// <summary>A reference (<c>references[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Reference> Reference() => Arb.From(DefaultShapes.Reference.Generator, DefaultShapes.Reference.Shrink);

    /// <summary>A project (<c>projects[]</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Project> Project() => Arb.From(DefaultShapes.Project.Generator, DefaultShapes.Project.Shrink);

    /// <summary>Document facts (<c>meta</c>), shrinking by removing properties and items.</summary>
    /// <returns>The arbitrary, with <see cref="GeneratorOptions.Default"/>.</returns>
    public static Arbitrary<Meta> Meta() => Arb.From(DefaultShapes.Meta.Generator, DefaultShapes.Meta.Shrink);

    /// <summary>Real partial dates of every precision, shrinking to coarser precision.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartialDate> PartialDate() => Arb.From(Formats.AnyDates, Formats.Shrink);
}
