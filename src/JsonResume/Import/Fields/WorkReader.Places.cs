using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>Where a job's place is written: beside its dates, or after its organisation's name.</summary>
internal static partial class WorkReader
{
    /// <summary>
    /// The one piece left beside the dates on their own line ("Jan 2020 – present · Utrecht"), when it is shaped like a
    /// place name (a few capitalised words, no title or organisation word, no digits): authors put the place there
    /// whether or not the city is one the converter knows.
    /// </summary>
    private static HeaderFields.Piece? PlaceBesideDate(List<HeaderFields.Piece> others, HeaderFields fields)
    {
        var beside = others.Where(o => fields.DateBlock is not null && ReferenceEquals(o.Block, fields.DateBlock)).ToList();
        return beside is [var piece] && LocationRecognizer.IsPlaceShaped(piece.Text) ? piece : null;
    }

    /// <summary>An organisation score this high means the name ends with an organisation word (the head counts twice more).</summary>
    private const int OrganisationHeadScore = 3;


    private static (HeaderFields.Piece Organisation, string Place)? TrailingPlace(HeaderFields.Piece organisation)
    {
        var commas = Commas(organisation.Rich.Text);
        for (var k = commas.Count - 1; k >= Math.Max(0, commas.Count - 2); k--)
        {
            var cut = commas[k];
            var place = organisation.Rich.Text[(cut + 1)..].Trim().TrimEnd('.');
            var rest = organisation.Rich.Slice(0, cut).Trim();
            var known = LocationRecognizer.TryParse(place, out var match) && (match.City is not null || match.CountryCode is not null);

            // "Weserwerk IT AG, Oldenburg": after a name that ends with a legal form or an organisation word, a
            // place-shaped last part is the place, known city or not.
            if (rest.Length > 0 && (known || (k == commas.Count - 1 && Lexicon.OrganisationScore(rest.Text) >= OrganisationHeadScore && LocationRecognizer.IsPlaceShaped(place))))
            {
                return (Make(organisation, rest), place);
            }
        }

        return null;
    }
}
