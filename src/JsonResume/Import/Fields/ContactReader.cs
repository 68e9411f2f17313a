using System.Text.RegularExpressions;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Fields;

/// <summary>
/// Reads contact details from one piece of a header line: labelled values (<c>Email:</c>, <c>Tel:</c>, <c>Web:</c>,
/// <c>GitHub:</c>, <c>Location:</c>), links (mailto, tel, profiles, a home page), bare email addresses, phone numbers,
/// web addresses and places.
/// </summary>
internal static partial class ContactReader
{
    // Source: the field labels of the personal-information block of CV templates (Europass "Personal information":
    // name, address, telephone, mobile, e-mail) in the languages the converter reads.
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["full name"] = "name", ["nom"] = "name", ["nom complet"] = "name", ["nombre"] = "name", ["nombre completo"] = "name", ["nome"] = "name",
        ["nome completo"] = "name", ["naam"] = "name", ["imię i nazwisko"] = "name", ["имя"] = "name", ["фио"] = "name", ["姓名"] = "name", ["氏名"] = "name",
        ["email"] = "email", ["e-mail"] = "email", ["mail"] = "email", ["courriel"] = "email", ["email address"] = "email", ["e-mail address"] = "email",
        ["correo"] = "email", ["correo electrónico"] = "email", ["adresse e-mail"] = "email", ["почта"] = "email", ["邮箱"] = "email", ["电子邮件"] = "email", ["電子郵件"] = "email", ["郵箱"] = "email", ["メール"] = "email", ["eメール"] = "email", ["이메일"] = "email",
        ["tel"] = "phone", ["tel."] = "phone", ["telephone"] = "phone", ["phone"] = "phone", ["mobile"] = "phone", ["cell"] = "phone", ["mob"] = "phone", ["telefone"] = "phone", ["téléphone"] = "phone", ["celular"] = "phone",
        ["cell phone"] = "phone", ["mobile phone"] = "phone", ["phone number"] = "phone", ["teléfono"] = "phone", ["telefon"] = "phone", ["telefono"] = "phone", ["handy"] = "phone",
        ["portable"] = "phone", ["móvil"] = "phone", ["cellulare"] = "phone", ["telefoon"] = "phone", ["телефон"] = "phone", ["电话"] = "phone", ["手机"] = "phone", ["電話"] = "phone", ["携帯"] = "phone", ["전화"] = "phone", ["휴대폰"] = "phone",
        ["web"] = "url", ["website"] = "url", ["homepage"] = "url", ["home page"] = "url", ["site"] = "url", ["url"] = "url", ["blog"] = "url", ["portfolio"] = "url", ["www"] = "url",
        ["location"] = "location", ["address"] = "location", ["city"] = "location", ["based in"] = "location", ["lives in"] = "location", ["endereço"] = "location", ["adresse"] = "location",
        ["home address"] = "location", ["office address"] = "location", ["postal address"] = "location", ["mailing address"] = "location",
        ["street address"] = "location", ["anschrift"] = "location", ["dirección"] = "location", ["indirizzo"] = "location", ["adres"] = "location",
        ["адрес"] = "location", ["地址"] = "location", ["住所"] = "location",
    };

    /// <summary>Reads one piece; returns how many contact values it held (0 when it is not contact data).</summary>
    /// <param name="piece">The piece.</param>
    /// <param name="block">The line it belongs to (for the report).</param>
    /// <param name="ctx">The résumé being built.</param>
    /// <param name="allowPlace">Whether a bare place counts (in the opening of a document or a contact section).</param>
    public static int Read(RichText piece, Block block, ImportContext ctx, bool allowPlace)
    {
        var text = piece.ToPlain();
        string? label = null;
        var labelled = LabelPattern().Match(text);
        if (labelled.Success)
        {
            var name = labelled.Groups["label"].Value.Trim();
            if (Labels.TryGetValue(name, out var l))
            {
                label = l;
            }
            else if (SocialNetworks.ByLabel(name) is not null)
            {
                label = name;
            }

            if (label is not null)
            {
                text = labelled.Groups["value"].Value.Trim();
            }
            else if (ReadNamedSite(name, labelled.Groups["value"].Value, block, ctx))
            {
                return 1;
            }
        }

        if (label == "name")
        {
            var name = NameInference.TitleCaseIfShouting(text.Trim('*', '_', ' '));
            if (ctx.Basics.Name is null && name.Length is > 0 and <= 60 && !name.Any(char.IsDigit))
            {
                ctx.Basics.Name = name;
                ctx.Ledger.Claim(block, ctx.Basics, "name");
                return 1;
            }

            return 0;
        }

        var found = 0;
        if (text.Length > 60 && LineJoiner.IsSentence(text))
        {
            foreach (var link in piece.Links)
            {
                if (WebAddress.Normalize(link.Url) is { } linked && ProfileRecognizer.TryRecognize(linked, out var inProse))
                {
                    ctx.AddProfile(inProse, block);
                }
            }

            return 0;
        }

        foreach (var link in piece.Links)
        {
            var linkText = piece.Text.Substring(link.Start, link.Length);
            var others = piece.Text.Remove(link.Start, link.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
            if (label is null && others > 2 && !IsContactLink(link.Url))
            {
                continue; // a link inside a phrase ("[project](url) core developer") is not the person's home page
            }

            found += ReadLink(link.Url, linkText, label, block, ctx);
        }

        if (found > 0)
        {
            return found;
        }

        if (WebAddress.TryEmail(text, out var email) || (label == "email" && WebAddress.FindEmails(text).FirstOrDefault() is { Email: { } e } && (email = e) is not null))
        {
            SetEmail(email, block, ctx);
            return 1;
        }

        if (label is not null && SocialNetworks.ByLabel(label) is { } network && IsHandle(text, network) && WebAddress.Normalize(text) is null)
        {
            var user = text.TrimStart('@');
            if (user.Length > 0)
            {
                var url = network.HandleUrl is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, network.HandleUrl, Uri.EscapeDataString(user));
                if (url is not null && ProfileRecognizer.TryRecognize(url, out var built))
                {
                    ctx.AddProfile(built, block);
                }
                else
                {
                    var profiles = ctx.Basics.Profiles ??= [];
                    var profile = new Profile { Network = network.Name, Username = user };
                    profiles.Add(profile);
                    ctx.Ledger.Claim(block, profile);
                }

                return 1;
            }
        }

        if ((label is null or "url") && WebAddress.Normalize(text) is { } address && (label == "url" || text.Contains('.', StringComparison.Ordinal)))
        {
            ReadUrl(address, label, block, ctx);
            return 1;
        }

        if ((label is null or "phone") && PhoneRecognizer.TryFind(text, out var index, out var length) && (label == "phone" || length >= text.Trim().Length - 2))
        {
            if (ctx.Basics.Phone is null)
            {
                ctx.Basics.Phone = text.Substring(index, length).Trim();
                ctx.Ledger.Claim(block, ctx.Basics, "phone");
            }
            else
            {
                ctx.Ledger.Reject(block, "a second phone number; the résumé keeps the first");
            }

            return 1;
        }

        if ((label == "location" || allowPlace) && PostalAddress.TryParse(text, out var street, out var where))
        {
            var placed = ctx.Basics.Location is { } known && (known.City ?? known.CountryCode ?? known.Region) is not null;
            ctx.SetLocation(where, block);
            if (!placed)
            {
                ctx.Location.Address ??= street;
            }

            return 1;
        }

        if ((label == "location" || allowPlace) && LocationRecognizer.TryParse(text, out var place))
        {
            ctx.SetLocation(place, block);
            return 1;
        }

        if (label == "location" && text.Length > 0)
        {
            ctx.Location.Address ??= text;
            ctx.Ledger.Claim(block, ctx.Location, "address");
            return 1;
        }

        return 0;
    }

    /// <summary>Links whose text is only an icon or punctuation ("[,](https://github.com/x)"): read them before the line is cut into pieces.</summary>
    public static int ReadIconLinks(RichText line, Block block, ImportContext ctx)
    {
        var found = 0;
        foreach (var link in line.Links)
        {
            var label = line.Text.Substring(link.Start, link.Length);
            if (!label.Any(char.IsLetterOrDigit))
            {
                found += ReadLink(link.Url, label, null, block, ctx);
            }
        }

        return found;
    }

    private static bool IsContactLink(string url) =>
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || (WebAddress.Normalize(url) is { } address && ProfileRecognizer.TryRecognize(address, out _));

    private static int ReadLink(string url, string linkText, string? label, Block block, ImportContext ctx)
    {
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            if (WebAddress.TryEmail(url[7..].Split('?')[0], out var email))
            {
                SetEmail(email, block, ctx);
                return 1;
            }

            return 0;
        }

        if (url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Basics.Phone ??= linkText.Trim().Length > 0 && PhoneRecognizer.TryFind(linkText, out _, out _) ? linkText.Trim() : url[4..];
            ctx.Ledger.Claim(block, ctx.Basics, "phone");
            return 1;
        }

        if (WebAddress.TryEmail(linkText, out var shown))
        {
            SetEmail(shown, block, ctx);
            return 1;
        }

        if (WebAddress.TryEmail(url, out var linked))
        {
            SetEmail(linked, block, ctx); // "[Email](me@example.com)": an address without "mailto:"
            return 1;
        }

        if (WebAddress.Normalize(url) is { } address)
        {
            if (label is null && !Labels.ContainsKey(linkText.Trim()) && ProfileRecognizer.TryNamed(linkText, address, out var named))
            {
                ctx.AddProfile(named, block);
                return 1;
            }

            ReadUrl(address, label, block, ctx);
            return 1;
        }

        return 0;
    }

    private static void ReadUrl(string address, string? label, Block block, ImportContext ctx)
    {
        if (ProfileRecognizer.TryRecognize(address, out var profile))
        {
            ctx.AddProfile(profile, block);
            if (label != "url")
            {
                return;
            }
        }

        if (ctx.Basics.Url is null)
        {
            ctx.Basics.Url = address;
            ctx.Ledger.Claim(block, ctx.Basics, "url");
        }
        else if (profile is null && !string.Equals(ctx.Basics.Url.TrimEnd('/'), address.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            ctx.Ledger.Reject(block, "another web address; the résumé keeps one home page");
        }
    }

    private static void SetEmail(string email, Block block, ImportContext ctx)
    {
        if (ctx.Basics.Email is null)
        {
            ctx.Basics.Email = email;
            ctx.Ledger.Claim(block, ctx.Basics, "email");
        }
        else if (!string.Equals(ctx.Basics.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            ctx.Ledger.Reject(block, "a second email address; the résumé keeps the first");
        }
        else
        {
            ctx.Ledger.Claim(block, ctx.Basics, "email");
        }
    }

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L} .-]{0,18}?)\s*[:：]\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();
}
