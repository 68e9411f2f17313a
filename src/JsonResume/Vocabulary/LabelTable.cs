using System.Collections.Frozen;

namespace JsonResume.Vocabulary;

/// <summary>
/// The fixed words the renderers print besides section titles (which are in <see cref="SectionHeadingTable"/>): the
/// labels of labelled lines (<c>Email: …</c>, <c>Start: …</c>), the headings of the text layout's document and
/// extensions blocks, the heading of an entry without a title, and the few words of the HTML page. One row per word:
/// English first, then German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese and Japanese (the
/// columns of <see cref="RenderLanguages.Codes"/>). Read by the writers and by the own layout readers, which accept every
/// language's words. "Present" words come from <see cref="DateWords"/>, month names from <see cref="MonthTables"/>.
/// </summary>
internal static class LabelTable
{
    /// <summary>Where the words come from.</summary>
    public const string Source =
        "The usual field names of CV forms and templates in each language (Europass CV field labels, the labels of the "
        + "JSON Resume themes' translations, national job-board forms), chosen by the developers: not an external standard. "
        + "A list and its one-item label differ in every language (Chinese and Japanese add 条目/項目, 'item').";

    /// <summary>Labels of labelled lines, by their English form (the label in <c>ResumeShapes</c>).</summary>
    private static readonly string[][] Labels =
    [
        ["Name", "Name", "Nom", "Nombre", "Nome", "Nome", "Naam", "Nazwa", "Название", "名称", "名称"],
        ["Label", "Berufsbezeichnung", "Titre", "Título", "Título", "Qualifica", "Functietitel", "Tytuł zawodowy", "Специализация", "头衔", "肩書き"],
        ["Email", "E-Mail", "E-mail", "Correo electrónico", "E-mail", "E-mail", "E-mail", "E-mail", "Эл. почта", "电子邮件", "メール"],
        ["Phone", "Telefon", "Téléphone", "Teléfono", "Telefone", "Telefono", "Telefoon", "Telefon", "Телефон", "电话", "電話"],
        ["Website", "Website", "Site web", "Sitio web", "Site", "Sito web", "Website", "Strona internetowa", "Сайт", "网站", "ウェブサイト"],
        ["Image", "Bild", "Image", "Imagen", "Imagem", "Immagine", "Afbeelding", "Obraz", "Изображение", "图片", "画像"],
        ["Address", "Adresse", "Adresse", "Dirección", "Endereço", "Indirizzo", "Adres", "Adres", "Адрес", "地址", "住所"],
        ["Postal code", "Postleitzahl", "Code postal", "Código postal", "Código postal", "CAP", "Postcode", "Kod pocztowy", "Почтовый индекс", "邮政编码", "郵便番号"],
        ["City", "Stadt", "Ville", "Ciudad", "Cidade", "Città", "Plaats", "Miasto", "Город", "城市", "市区町村"],
        ["Region", "Region", "Région", "Región", "Região", "Regione", "Regio", "Region", "Регион", "地区", "都道府県"],
        ["Country", "Land", "Pays", "País", "País", "Paese", "Land", "Kraj", "Страна", "国家", "国"],
        ["Summary", "Zusammenfassung", "Résumé", "Resumen", "Resumo", "Riepilogo", "Samenvatting", "Podsumowanie", "Краткое описание", "概述", "概要"],
        ["Network", "Netzwerk", "Réseau", "Red", "Rede", "Rete", "Netwerk", "Sieć", "Сеть", "社交网络", "SNS"],
        ["Username", "Benutzername", "Nom d’utilisateur", "Nombre de usuario", "Nome de usuário", "Nome utente", "Gebruikersnaam", "Nazwa użytkownika", "Имя пользователя", "用户名", "ユーザー名"],
        ["URL", "URL", "URL", "URL", "URL", "URL", "URL", "URL", "URL", "URL", "URL"],
        ["Position", "Position", "Poste", "Puesto", "Cargo", "Posizione", "Functie", "Stanowisko", "Должность", "职位", "役職"],
        ["Employer", "Arbeitgeber", "Employeur", "Empresa", "Empresa", "Azienda", "Werkgever", "Pracodawca", "Работодатель", "公司", "勤務先"],
        ["Location", "Ort", "Lieu", "Ubicación", "Local", "Luogo", "Locatie", "Lokalizacja", "Местоположение", "地点", "所在地"],
        ["Start", "Beginn", "Début", "Inicio", "Início", "Inizio", "Begin", "Początek", "Начало", "开始", "開始"],
        ["End", "Ende", "Fin", "Fin", "Fim", "Fine", "Einde", "Koniec", "Окончание", "结束", "終了"],
        ["Description", "Beschreibung", "Description", "Descripción", "Descrição", "Descrizione", "Beschrijving", "Opis", "Описание", "描述", "説明"],
        ["Highlights", "Erfolge", "Points forts", "Logros", "Destaques", "Punti salienti", "Hoogtepunten", "Osiągnięcia", "Достижения", "亮点", "実績"],
        ["Organization", "Organisation", "Organisation", "Organización", "Organização", "Organizzazione", "Organisatie", "Organizacja", "Организация", "组织", "団体"],
        ["Institution", "Bildungseinrichtung", "Établissement", "Institución", "Instituição", "Istituto", "Instelling", "Uczelnia", "Учебное заведение", "院校", "学校"],
        ["Area", "Fachrichtung", "Domaine", "Área", "Área", "Ambito di studio", "Studierichting", "Kierunek", "Специальность", "专业", "専攻"],
        ["Degree", "Abschluss", "Diplôme", "Titulación", "Grau", "Titolo", "Graad", "Stopień", "Степень", "学位", "学位"],
        ["Score", "Note", "Mention", "Calificación", "Nota", "Voto", "Cijfer", "Ocena", "Средний балл", "成绩", "成績"],
        ["Courses", "Kurse", "Matières", "Cursos", "Disciplinas", "Corsi", "Vakken", "Przedmioty", "Курсы", "课程", "履修科目"],
        ["Course", "Kurs", "Matière", "Curso", "Disciplina", "Corso", "Vak", "Przedmiot", "Курс", "课程条目", "履修科目項目"],
        ["Title", "Titel", "Titre", "Título", "Título", "Titolo", "Titel", "Tytuł", "Название", "奖项", "賞名"],
        ["Date", "Datum", "Date", "Fecha", "Data", "Data", "Datum", "Data", "Дата", "日期", "日付"],
        ["Awarder", "Verliehen von", "Décerné par", "Otorgado por", "Concedido por", "Conferito da", "Uitgereikt door", "Przyznane przez", "Кем вручена", "颁发机构", "授与者"],
        ["Issuer", "Aussteller", "Délivré par", "Emisor", "Emissor", "Rilasciato da", "Uitgegeven door", "Wystawca", "Кем выдан", "发证机构", "発行元"],
        ["Publisher", "Verlag", "Éditeur", "Editorial", "Editora", "Editore", "Uitgever", "Wydawca", "Издатель", "出版方", "出版社"],
        ["Released", "Veröffentlicht", "Publié", "Publicado", "Publicado em", "Pubblicato", "Gepubliceerd", "Data publikacji", "Дата публикации", "发布日期", "発行日"],
        ["Level", "Niveau", "Niveau", "Nivel", "Nível", "Livello", "Niveau", "Poziom", "Уровень", "水平", "レベル"],
        ["Keywords", "Schlagwörter", "Mots-clés", "Palabras clave", "Palavras-chave", "Parole chiave", "Trefwoorden", "Słowa kluczowe", "Ключевые слова", "关键词", "キーワード"],
        ["Keyword", "Schlagwort", "Mot-clé", "Palabra clave", "Palavra-chave", "Parola chiave", "Trefwoord", "Słowo kluczowe", "Ключевое слово", "关键词条目", "キーワード項目"],
        ["Language", "Sprache", "Langue", "Idioma", "Idioma", "Lingua", "Taal", "Język", "Язык", "语言", "言語"],
        ["Fluency", "Sprachniveau", "Maîtrise", "Dominio", "Fluência", "Padronanza", "Beheersing", "Biegłość", "Уровень владения", "熟练程度", "習熟度"],
        ["Reference", "Referenz", "Référence", "Referencia", "Referência", "Referenza", "Referentie", "Referencja", "Рекомендация", "推荐语", "推薦文"],
        ["Entity", "Auftraggeber", "Organisme", "Entidad", "Entidade", "Ente", "Opdrachtgever", "Podmiot", "Заказчик", "所属机构", "所属"],
        ["Type", "Art", "Type", "Tipo", "Tipo", "Tipo", "Soort", "Typ", "Тип", "类型", "種類"],
        ["Roles", "Rollen", "Rôles", "Funciones", "Funções", "Ruoli", "Rollen", "Funkcje", "Роли", "角色", "役割"],
        ["Role", "Rolle", "Rôle", "Función", "Função", "Ruolo", "Rol", "Funkcja", "Роль", "角色条目", "役割項目"],
        ["Schema", "Schema", "Schéma", "Esquema", "Esquema", "Schema", "Schema", "Schemat", "Схема", "模式", "スキーマ"],
        ["Canonical", "Kanonische Adresse", "Adresse canonique", "URL canónica", "URL canônica", "URL canonico", "Canonieke URL", "Adres kanoniczny", "Каноническая ссылка", "规范地址", "正規URL"],
        ["Version", "Version", "Version", "Versión", "Versão", "Versione", "Versie", "Wersja", "Версия", "版本", "バージョン"],
        ["Last modified", "Zuletzt geändert", "Dernière modification", "Última modificación", "Última modificação", "Ultima modifica", "Laatst gewijzigd", "Ostatnia modyfikacja", "Последнее изменение", "最后修改", "最終更新"],
    ];

    /// <summary>Other fixed words: block headings of the text layout, the untitled entry, the HTML page's words.</summary>
    private static readonly string[][] Words =
    [
        [Document, "Dokument", "Document", "Documento", "Documento", "Documento", "Document", "Dokument", "Документ", "文档信息", "文書情報"],
        [Extensions, "Erweiterungen (JSON)", "Extensions (JSON)", "Extensiones (JSON)", "Extensões (JSON)", "Estensioni (JSON)", "Extensies (JSON)", "Rozszerzenia (JSON)", "Расширения (JSON)", "扩展 (JSON)", "拡張 (JSON)"],
        [Untitled, "(ohne Titel)", "(sans titre)", "(sin título)", "(sem título)", "(senza titolo)", "(zonder titel)", "(bez tytułu)", "(без названия)", "(无标题)", "(無題)"],
        [Resume, "Lebenslauf", "CV", "Currículum", "Currículo", "Curriculum vitae", "Cv", "CV", "Резюме", "简历", "履歴書"],
        [Photo, "Foto", "Photo", "Foto", "Foto", "Foto", "Foto", "Zdjęcie", "Фото", "照片", "写真"],
    ];

    /// <summary>The heading of the text layout's lines about the document (<c>$schema</c>, <c>meta</c>).</summary>
    public const string Document = "Document";

    /// <summary>The heading of the text layout's extensions block.</summary>
    public const string Extensions = "Extensions (JSON)";

    /// <summary>The heading of an entry without a title.</summary>
    public const string Untitled = "(untitled)";

    /// <summary>The HTML page's title after the name.</summary>
    public const string Resume = "Résumé";

    /// <summary>The HTML link to the photo.</summary>
    public const string Photo = "Photo";

    private static readonly FrozenDictionary<string, string[]> Rows =
        Labels.Concat(Words).ToFrozenDictionary(row => row[0], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> Forms =
        Rows.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Every row, English first in each (for tests and documentation).</summary>
    public static IEnumerable<IReadOnlyList<string>> AllRows => Labels.Concat(Words);

    /// <summary>The English forms of the labels of labelled lines.</summary>
    public static IEnumerable<string> LabelKeys => Labels.Select(row => row[0]);

    /// <summary>A word in one language.</summary>
    /// <param name="english">The English form (a label of <c>ResumeShapes</c> or one of the constants here).</param>
    /// <param name="language">The column (<see cref="RenderLanguages.Codes"/>).</param>
    /// <returns>The word.</returns>
    public static string Word(string english, int language) =>
        Rows.TryGetValue(english, out var row) ? row[language] : throw new ArgumentOutOfRangeException(nameof(english), english, "not in the label table");

    /// <summary>Whether <paramref name="text"/> is the word in any language.</summary>
    /// <param name="english">The English form.</param>
    /// <param name="text">The text read.</param>
    /// <returns>Whether it is one of the forms.</returns>
    public static bool IsWord(string english, string text) => Forms.TryGetValue(english, out var forms) && forms.Contains(text);
}
