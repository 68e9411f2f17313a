using System.Collections.Frozen;

namespace JsonResume.Vocabulary;

/// <summary>
/// First-level regions whose names or postal codes often close an address line (<c>Boston, MA</c>,
/// <c>Toronto, Ontario</c>), with the country they belong to: US states, Canadian provinces, Australian states.
/// </summary>
internal static class Regions
{
    private const string Table =
        "US:AL=Alabama;AK=Alaska;AZ=Arizona;AR=Arkansas;CA=California;CO=Colorado;CT=Connecticut;DE=Delaware;FL=Florida;GA=Georgia;" +
        "HI=Hawaii;ID=Idaho;IL=Illinois;IN=Indiana;IA=Iowa;KS=Kansas;KY=Kentucky;LA=Louisiana;ME=Maine;MD=Maryland;MA=Massachusetts;" +
        "MI=Michigan;MN=Minnesota;MS=Mississippi;MO=Missouri;MT=Montana;NE=Nebraska;NV=Nevada;NH=New Hampshire;NJ=New Jersey;" +
        "NM=New Mexico;NY=New York;NC=North Carolina;ND=North Dakota;OH=Ohio;OK=Oklahoma;OR=Oregon;PA=Pennsylvania;RI=Rhode Island;" +
        "SC=South Carolina;SD=South Dakota;TN=Tennessee;TX=Texas;UT=Utah;VT=Vermont;VA=Virginia;WA=Washington;WV=West Virginia;" +
        "WI=Wisconsin;WY=Wyoming;DC=District of Columbia|" +
        "CA:AB=Alberta;BC=British Columbia;MB=Manitoba;NB=New Brunswick;NL=Newfoundland and Labrador;NS=Nova Scotia;ON=Ontario;" +
        "PE=Prince Edward Island;QC=Quebec;SK=Saskatchewan;NT=Northwest Territories;NU=Nunavut;YT=Yukon|" +
        "AU:NSW=New South Wales;VIC=Victoria;QLD=Queensland;WA=Western Australia;SA=South Australia;TAS=Tasmania;ACT=Australian Capital Territory";

    private static readonly (FrozenDictionary<string, Region> Codes, FrozenDictionary<string, Region> Names) Maps = Build();

    /// <summary>A region found by its postal code (upper case, such as <c>MA</c> or <c>ON</c>) or its name.</summary>
    /// <param name="Code">The postal code.</param>
    /// <param name="Name">The full name.</param>
    /// <param name="CountryCode">The ISO 3166-1 alpha-2 code of its country.</param>
    internal sealed record Region(string Code, string Name, string CountryCode);

    /// <summary>Looks up a region by its upper-case postal code; US states win where codes repeat.</summary>
    /// <param name="code">The code, such as <c>MA</c>.</param>
    /// <param name="region">The region when known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryGetByCode(string code, out Region region) => Maps.Codes.TryGetValue(code, out region!);

    /// <summary>Looks up a region by its full name (case-insensitive).</summary>
    /// <param name="name">The name, such as <c>Ontario</c>.</param>
    /// <param name="region">The region when known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGetByName(string name, out Region region) => Maps.Names.TryGetValue(name.Trim(), out region!);

    private static (FrozenDictionary<string, Region>, FrozenDictionary<string, Region>) Build()
    {
        var codes = new Dictionary<string, Region>(StringComparer.Ordinal);
        var names = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in Table.Split('|'))
        {
            var cc = country[..2];
            foreach (var pair in country[3..].Split(';'))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var region = new Region(pair[..eq], pair[(eq + 1)..], cc);
                codes.TryAdd(region.Code, region);
                names.TryAdd(region.Name, region);
            }
        }

        return (codes.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
