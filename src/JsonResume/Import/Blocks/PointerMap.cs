using System.Collections;
using System.Globalization;
using JsonResume.Model;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Blocks;

/// <summary>The JSON Pointer of every object of a résumé, found by reference.</summary>
internal static class PointerMap
{
    public static Dictionary<object, string> Build(Resume resume)
    {
        var map = new Dictionary<object, string>(ReferenceEqualityComparer.Instance) { [resume] = "" };
        if (resume.Basics is { } basics)
        {
            map[basics] = "/basics";
            if (basics.Location is { } location)
            {
                map[location] = "/basics/location";
            }

            Add(map, "/basics/profiles", basics.Profiles);
        }

        foreach (var section in ResumeSections.All)
        {
            Add(map, "/" + section.JsonName, section.Items(resume));
        }

        if (resume.Meta is { } meta)
        {
            map[meta] = "/meta";
        }

        return map;
    }

    private static void Add(Dictionary<object, string> map, string path, IList? items)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            map[items![i]!] = path + "/" + i.ToString(CultureInfo.InvariantCulture);
        }
    }
}
