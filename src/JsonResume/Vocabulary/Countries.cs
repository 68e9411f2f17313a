using System.Collections.Frozen;

namespace JsonResume.Vocabulary;

/// <summary>
/// Country names and common aliases (English, native spellings, and the names in the converter's other languages) mapped to ISO 3166-1 alpha-2 codes:
/// <c>UK</c> and <c>England</c> give <c>GB</c>, <c>USA</c> gives <c>US</c>.
/// </summary>
internal static class Countries
{
    private const string Table =
        "AD:Andorra;AE:United Arab Emirates,UAE,U.A.E.;AF:Afghanistan;AG:Antigua and Barbuda;AL:Albania;AM:Armenia;AO:Angola;" +
        "AR:Argentina;AT:Austria,Österreich;AU:Australia;AZ:Azerbaijan;BA:Bosnia and Herzegovina,Bosnia;BB:Barbados;BD:Bangladesh;" +
        "BE:Belgium,Belgique,België;BF:Burkina Faso;BG:Bulgaria;BH:Bahrain;BI:Burundi;BJ:Benin;BN:Brunei;BO:Bolivia;BR:Brazil,Brasil;" +
        "BS:Bahamas,The Bahamas;BT:Bhutan;BW:Botswana;BY:Belarus;BZ:Belize;CA:Canada;CD:Democratic Republic of the Congo,DR Congo,DRC;" +
        "CF:Central African Republic;CG:Republic of the Congo,Congo;CH:Switzerland,Schweiz,Suisse;CI:Côte d'Ivoire,Ivory Coast;CL:Chile;" +
        "CM:Cameroon;CN:China,PRC,People's Republic of China;CO:Colombia;CR:Costa Rica;CU:Cuba;CV:Cape Verde,Cabo Verde;CY:Cyprus;" +
        "CZ:Czech Republic,Czechia;DE:Germany,Deutschland;DJ:Djibouti;DK:Denmark,Danmark;DM:Dominica;DO:Dominican Republic;DZ:Algeria;" +
        "EC:Ecuador;EE:Estonia;EG:Egypt;ER:Eritrea;ES:Spain,España;ET:Ethiopia;FI:Finland,Suomi;FJ:Fiji;FM:Micronesia;FR:France;GA:Gabon;" +
        "GB:United Kingdom,UK,U.K.,Great Britain,Britain,England,Scotland,Wales,Northern Ireland;GD:Grenada;GE:Georgia;GH:Ghana;" +
        "GM:Gambia,The Gambia;GN:Guinea;GQ:Equatorial Guinea;GR:Greece;GT:Guatemala;GW:Guinea-Bissau;GY:Guyana;HK:Hong Kong;" +
        "HN:Honduras;HR:Croatia;HT:Haiti;HU:Hungary;ID:Indonesia;IE:Ireland,Republic of Ireland,Éire;IL:Israel;IN:India;IQ:Iraq;IR:Iran;" +
        "IS:Iceland;IT:Italy,Italia;JM:Jamaica;JO:Jordan;JP:Japan;KE:Kenya;KG:Kyrgyzstan;KH:Cambodia;KI:Kiribati;KM:Comoros;" +
        "KN:Saint Kitts and Nevis;KP:North Korea;KR:South Korea,Korea,Republic of Korea;KW:Kuwait;KZ:Kazakhstan;LA:Laos;LB:Lebanon;" +
        "LC:Saint Lucia;LI:Liechtenstein;LK:Sri Lanka;LR:Liberia;LS:Lesotho;LT:Lithuania;LU:Luxembourg;LV:Latvia;LY:Libya;MA:Morocco;" +
        "MC:Monaco;MD:Moldova;ME:Montenegro;MG:Madagascar;MH:Marshall Islands;MK:North Macedonia,Macedonia;ML:Mali;MM:Myanmar,Burma;" +
        "MN:Mongolia;MO:Macau,Macao;MR:Mauritania;MT:Malta;MU:Mauritius;MV:Maldives;MW:Malawi;MX:Mexico,México;MY:Malaysia;" +
        "MZ:Mozambique;NA:Namibia;NE:Niger;NG:Nigeria;NI:Nicaragua;NL:Netherlands,The Netherlands,Holland,Nederland;NO:Norway,Norge;" +
        "NP:Nepal;NR:Nauru;NZ:New Zealand;OM:Oman;PA:Panama;PE:Peru;PG:Papua New Guinea;PH:Philippines;PK:Pakistan;PL:Poland,Polska;" +
        "PR:Puerto Rico;PS:Palestine;PT:Portugal;PW:Palau;PY:Paraguay;QA:Qatar;RO:Romania;RS:Serbia;RU:Russia,Russian Federation;" +
        "RW:Rwanda;SA:Saudi Arabia;SB:Solomon Islands;SC:Seychelles;SD:Sudan;SE:Sweden,Sverige;SG:Singapore;SI:Slovenia;SK:Slovakia;" +
        "SL:Sierra Leone;SM:San Marino;SN:Senegal;SO:Somalia;SR:Suriname;SS:South Sudan;ST:São Tomé and Príncipe;SV:El Salvador;" +
        "SY:Syria;SZ:Eswatini,Swaziland;TD:Chad;TG:Togo;TH:Thailand;TJ:Tajikistan;TL:Timor-Leste,East Timor;TM:Turkmenistan;" +
        "TN:Tunisia;TO:Tonga;TR:Turkey,Türkiye;TT:Trinidad and Tobago;TV:Tuvalu;TW:Taiwan;TZ:Tanzania;UA:Ukraine;UG:Uganda;" +
        "US:United States,United States of America,USA,U.S.A.,U.S.,America;UY:Uruguay;UZ:Uzbekistan;VA:Vatican City,Holy See;" +
        "VC:Saint Vincent and the Grenadines;VE:Venezuela;VN:Vietnam,Viet Nam;VU:Vanuatu;WS:Samoa;YE:Yemen;ZA:South Africa;" +
        "ZM:Zambia;ZW:Zimbabwe;XK:Kosovo";

    // The same countries' names in the other languages the converter reads (German, French, Spanish, Portuguese, Italian,
    // Dutch, Polish, Russian, Chinese, Japanese), for the countries where those languages are spoken and the largest
    // others. Source: each country's name in those languages as the CLDR territory names give it.
    private const string OtherLanguages =
        "DE:Allemagne,Alemania,Alemanha,Germania,Duitsland,Niemcy,Германия,德国,ドイツ;" +
        "AT:Autriche,Austria,Áustria,Oostenrijk,Austria,Австрия,奥地利,オーストリア;" +
        "CH:Svizzera,Suiza,Suíça,Zwitserland,Szwajcaria,Швейцария,瑞士,スイス;" +
        "FR:Frankreich,Francia,França,Frankrijk,Francja,Франция,法国,フランス;" +
        "ES:Spanien,Espagne,Espanha,Spagna,Spanje,Hiszpania,Испания,西班牙,スペイン;" +
        "PT:Portogallo,Portugalia,Португалия,葡萄牙,ポルトガル;" +
        "BR:Brasilien,Brésil,Brasile,Brazylia,Бразилия,巴西,ブラジル;" +
        "IT:Italien,Italie,Itália,Italië,Włochy,Италия,意大利,イタリア;" +
        "NL:Niederlande,Pays-Bas,Países Bajos,Países Baixos,Paesi Bassi,Holandia,Niderlandy,Нидерланды,荷兰,オランダ;" +
        "BE:Belgien,Bélgica,Belgio,Belgia,Бельгия,比利时,ベルギー;" +
        "PL:Polen,Pologne,Polonia,Polónia,Polônia,Польша,波兰,ポーランド;" +
        "RU:Russland,Russie,Rusia,Rússia,Russia,Rusland,Rosja,Россия,Российская Федерация,俄罗斯,ロシア;" +
        "UA:Ukraine,Ucrania,Ucrânia,Ucraina,Oekraïne,Ukraina,Украина,Україна,乌克兰,ウクライナ;" +
        "BY:Weißrussland,Biélorussie,Bielorrusia,Białoruś,Беларусь,白俄罗斯,ベラルーシ;" +
        "KZ:Kasachstan,Kazakhstan,Kazajistán,Kazachstan,Казахстан,哈萨克斯坦,カザフスタン;" +
        "CN:Chine,Cina,Chiny,Китай,中国,中华人民共和国,中国大陆;" +
        "JP:Japon,Japón,Japão,Giappone,Japonia,Япония,日本;" +
        "US:Vereinigte Staaten,États-Unis,Estados Unidos,Stati Uniti,Verenigde Staten,Stany Zjednoczone,США,美国,アメリカ;" +
        "GB:Vereinigtes Königreich,Royaume-Uni,Reino Unido,Regno Unito,Verenigd Koninkrijk,Wielka Brytania,Великобритания,英国,イギリス;" +
        "MX:Mexiko,Mexique,Messico,Meksyk,Мексика,墨西哥,メキシコ;AR:Argentinien,Argentine,Argentyna,Аргентина;" +
        "CA:Kanada,Kanada,Канада,加拿大,カナダ;IN:Indien,Inde,Índia,Indie,Индия,印度,インド";

    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The ISO 3166-1 alpha-2 code of a country name or alias (case-insensitive), such as <c>GB</c> for <c>UK</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="code">The code when the name is known.</param>
    /// <returns>Whether the name is a known country.</returns>
    public static bool TryGetCode(string name, out string code)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name.Trim().TrimEnd('.').Trim(), out code!) || ByName.TryGetValue(name.Trim(), out code!);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (Table + ";" + OtherLanguages).Split(';'))
        {
            var code = entry[..2];
            foreach (var name in entry[3..].Split(','))
            {
                map[name] = code;
                map[name.TrimEnd('.')] = code;
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
