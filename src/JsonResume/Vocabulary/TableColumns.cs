namespace JsonResume.Vocabulary;

/// <summary>What a table column of a résumé holds, named by its header cell.</summary>
internal enum TableColumn
{
    Organization,

    /// <summary>The name of a project or other entry that is neither a job nor a school.</summary>
    Name,
    Position,
    Dates,
    Location,
    Institution,
    Degree,
    Area,
    Description,
}

/// <summary>
/// Header cells of résumé tables ("Time | School | Major", "Firma | Position | Zeitraum"), lower case. Source: the column
/// names of résumé and CV table templates (company, role, dates, location, school, degree, field, description) with
/// their dictionary translations in the eleven languages of the section table: English, German, French, Spanish,
/// Portuguese, Italian, Dutch, Polish, Russian, Chinese and Japanese.
/// </summary>
internal static class TableColumns
{
    private static readonly Dictionary<string, TableColumn> Words = Build(
        (TableColumn.Organization, [
            "company", "employer", "organisation", "organization", "firm", "client", "firma", "unternehmen", "arbeitgeber",
            "entreprise", "société", "employeur", "empresa", "empleador", "organización", "organização", "azienda", "datore di lavoro",
            "bedrijf", "werkgever", "organisatie", "pracodawca", "organizacja", "компания", "организация", "работодатель",
            "公司", "单位", "工作单位", "公司名称", "会社", "会社名", "勤務先",
        ]),
        (TableColumn.Name, [
            "project", "name", "projekt", "projektname", "projet", "nom", "proyecto", "nombre", "projeto", "nome", "progetto",
            "naam", "nazwa", "проект", "название", "项目", "项目名称", "名称", "プロジェクト", "案件",
        ]),
        (TableColumn.Position, [
            "role", "position", "title", "job title", "job", "function", "stelle", "funktion", "rolle", "tätigkeit",
            "poste", "fonction", "rôle", "cargo", "puesto", "função", "ruolo", "posizione", "mansione", "functie", "rol",
            "stanowisko", "должность", "позиция", "роль", "职位", "岗位", "职务", "職位", "役職", "職種",
        ]),
        (TableColumn.Dates, [
            "date", "dates", "period", "time", "duration", "years", "year", "from", "to", "from - to", "when",
            "zeitraum", "datum", "dauer", "jahr", "von", "bis", "von - bis", "période", "dates", "année", "durée", "de", "à",
            "periodo", "fecha", "fechas", "año", "desde", "hasta", "período", "data", "ano", "até", "dal", "al", "anno",
            "periode", "datum", "jaar", "okres", "data", "lata", "rok", "od", "do", "период", "даты", "дата", "годы", "год", "время",
            "时间", "日期", "起止时间", "时间段", "年份", "期間", "年月", "時期",
        ]),
        (TableColumn.Location, [
            "location", "place", "city", "where", "ort", "standort", "stadt", "lieu", "ville", "lugar", "ciudad", "ubicación",
            "local", "localização", "cidade", "luogo", "città", "sede", "plaats", "locatie", "stad", "miejsce", "miasto", "lokalizacja",
            "место", "город", "地点", "城市", "所在地", "勤務地", "場所",
        ]),
        (TableColumn.Institution, [
            "school", "university", "college", "institution", "institute", "university / school", "schule", "hochschule",
            "universität", "bildungseinrichtung", "école", "établissement", "université", "escuela", "universidad", "institución",
            "centro", "escola", "universidade", "instituição", "scuola", "università", "istituto", "school", "universiteit",
            "instelling", "szkoła", "uczelnia", "uniwersytet", "учебное заведение", "университет", "вуз", "школа",
            "学校", "院校", "大学", "学校名称", "学校名",
        ]),
        (TableColumn.Degree, [
            "degree", "qualification", "diploma", "certificate", "abschluss", "diplôme", "titre", "título", "titulación", "grado",
            "grau", "titolo", "titolo di studio", "diploma", "graad", "stopień", "tytuł", "степень", "квалификация",
            "学位", "学历", "学歴",
        ]),
        (TableColumn.Area, [
            "major", "field", "field of study", "subject", "course", "program", "programme", "specialization", "specialisation",
            "fach", "studiengang", "fachrichtung", "studienfach", "spécialité", "filière", "domaine", "carrera", "especialidad",
            "curso", "área", "especialização", "corso", "corso di laurea", "indirizzo", "studierichting", "opleiding", "kierunek",
            "specjalność", "специальность", "направление", "факультет", "专业", "専攻", "学部", "学科",
        ]),
        (TableColumn.Description, [
            "description", "details", "responsibilities", "tasks", "summary", "beschreibung", "aufgaben", "tätigkeiten",
            "description", "missions", "descripción", "funciones", "descrição", "atividades", "descrizione", "attività",
            "beschrijving", "taken", "opis", "obowiązki", "описание", "обязанности", "描述", "职责", "工作内容", "内容", "業務内容",
        ]));

    /// <summary>The column a header cell names, if it is one of the table's words ("Time", "Zeitraum:", "**Company**").</summary>
    public static TableColumn? Find(string cell)
    {
        var key = cell.Trim().TrimEnd(':', '：').Trim().ToLowerInvariant();
        return Words.TryGetValue(key, out var column) ? column : null;
    }

    private static Dictionary<string, TableColumn> Build(params (TableColumn Column, string[] Words)[] groups)
    {
        var table = new Dictionary<string, TableColumn>(StringComparer.Ordinal);
        foreach (var (column, words) in groups)
        {
            foreach (var word in words)
            {
                table.TryAdd(word, column);
            }
        }

        return table;
    }
}
