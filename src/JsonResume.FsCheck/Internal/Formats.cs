using FsCheck;
using FsCheck.Fluent;
using JsonResume.Model;

namespace JsonResume.FsCheck.Internal;

/// <summary>Conservative values for the schema's formats: valid for any reasonable <c>format: email</c> / <c>format: uri</c> checker.</summary>
internal static class Formats
{
    private static readonly Gen<string> Label =
        Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), n))
            .Select(chars => new string([.. chars]));

    private static readonly string[] Domains = ["example.com", "example.org", "example.net", "mail.example.com", "xn--bcher-kva.example", "sub.domain.example.org"];

    internal static readonly Gen<string> Emails =
        from local in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Label, n)).Select(parts => string.Join('.', parts))
        from tag in Gen.Frequency((4, Gen.Constant("")), (1, Label.Select(l => "+" + l)), (1, Label.Select(l => "_" + l)), (1, Label.Select(l => "-" + l)))
        from domain in Gen.Elements(Domains)
        select $"{local}{tag}@{domain}";

    internal static readonly Gen<string> Uris =
        from scheme in Gen.Elements("https", "http")
        from host in Gen.Elements(["example.org", "www.example.com", "example.net:8080", .. Domains])
        from path in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Frequency((5, Label), (1, Gen.Elements("caf%C3%A9", "a-b_c.d", "~user", "index.html"))), n))
        from trailingSlash in Gen.Elements(true, false)
        from query in Gen.Frequency((4, Gen.Constant("")), (1, Label.Zip(Label, (k, v) => $"?{k}={v}")), (1, Gen.Constant("?a=1&b=2")))
        from fragment in Gen.Frequency((5, Gen.Constant("")), (1, Label.Select(l => "#" + l)))
        select $"{scheme}://{host}{(path.Count > 0 ? "/" + string.Join('/', path) : "")}{(trailingSlash ? "/" : "")}{query}{fragment}";

    /// <summary>Real dates of the given precision between 1000 and 2999, with the edges (leap days, month ends, 1000, 2999) often.</summary>
    internal static Gen<PartialDate> Dates(DatePrecision precision)
    {
        var year = Gen.Frequency((6, Gen.Choose(1000, 2999)), (2, Gen.Choose(1950, 2030)), (1, Gen.Elements(1000, 2999, 2000, 1900, 2024, 2100)));
        var month = Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Elements(1, 2, 12)));
        return precision switch
        {
            DatePrecision.Year => year.Select(PartialDate.FromYear),
            DatePrecision.Month => year.Zip(month, PartialDate.FromMonth),
            _ => from y in year
                 from m in month
                 from d in Gen.Frequency((4, Gen.Choose(1, DateTime.DaysInMonth(y, m))), (1, Gen.Elements(1, DateTime.DaysInMonth(y, m))))
                 select PartialDate.FromDay(y, m, d),
        };
    }

    internal static readonly Gen<PartialDate> AnyDates =
        Gen.Elements(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day).SelectMany(Dates);

    internal static readonly Gen<string> DateStrings = AnyDates.Select(d => d.ToString());

    /// <summary>Cheap shrinks of a date: coarser precision first.</summary>
    internal static IEnumerable<PartialDate> Shrink(PartialDate date)
    {
        if (date.Precision == DatePrecision.Day)
        {
            yield return PartialDate.FromMonth(date.Year, date.Month);
        }

        if (date.Precision != DatePrecision.Year)
        {
            yield return PartialDate.FromYear(date.Year);
        }

        if (date.Year != 2000 && date.Precision == DatePrecision.Year)
        {
            yield return PartialDate.FromYear(2000);
        }
    }
}
