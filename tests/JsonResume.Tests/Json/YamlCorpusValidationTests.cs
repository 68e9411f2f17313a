using System.Globalization;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Tests.Support;
using JsonResume.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JsonResume.Tests.Json;

/// <summary>
/// Every example and shared document, converted to YAML, gets the same findings as the JSON (code, severity, pointer,
/// message), each at the line:column of the same value in the YAML, found here independently through YamlDotNet's
/// representation model.
/// </summary>
public sealed class YamlCorpusValidationTests
{
    public static TheoryData<string> SharedFolders => new() { "corpus/json", "reference" };

    [Fact]
    public void The_examples_in_yaml_have_the_same_findings_at_yaml_positions()
    {
        var files = Directory.GetFiles(Repo.File("examples"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(Compare(files) >= 5, "too few examples converted"); // resume.json and the four broken ones that are JSON
    }

    [Theory]
    [MemberData(nameof(SharedFolders))]
    public void The_shared_documents_in_yaml_have_the_same_findings_at_yaml_positions(string folder)
    {
        var files = Repo.SharedFiles(folder);
        Assert.True(Compare(files) > 0, $"no document in {folder} could be converted");
    }

    /// <summary>Compares the findings of each convertible file with those of its YAML; returns how many were compared.</summary>
    private static int Compare(IReadOnlyList<string> files)
    {
        var compared = 0;
        var yamlOptions = new ValidationOptions { Format = DocumentFormat.Yaml };
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var json = ResumeValidator.Validate(bytes);
            var yaml = ResumeYaml.FromJson(bytes);
            if (!yaml.Success)
            {
                continue; // not JSON, or a lone surrogate no YAML (nor any UTF-8) file can hold: nothing to compare
            }

            var name = Path.GetFileName(file);
            var inYaml = ResumeValidator.Validate(yaml.Text!, yamlOptions);
            Assert.True(Key(json.Diagnostics).SequenceEqual(Key(inYaml.Diagnostics)),
                $"{name}: findings differ\njson: {string.Join("\n      ", json.Diagnostics)}\nyaml: {string.Join("\n      ", inYaml.Diagnostics)}\n{yaml.Text}");
            AssertPlaced(name, yaml.Text!, inYaml.Diagnostics);
            compared++;
        }

        return compared;
    }

    private static IEnumerable<string> Key(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Severity} {d.Code} {d.InstanceLocation} {d.Message}");

    /// <summary>Each finding stands where YamlDotNet's own model puts the value at its pointer.</summary>
    private static void AssertPlaced(string name, string yaml, IReadOnlyList<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return; // a repeated key (kept from the JSON): the representation model refuses it; codes and pointers were compared
        }

        var lines = yaml.Split('\n');
        foreach (var d in diagnostics)
        {
            var node = Find(stream.Documents[0].RootNode, d.InstanceLocation);
            Assert.True(node is not null, $"{name}: {d.InstanceLocation} not found in the YAML");
            var line = (int)node.Start.Line;
            var utf16Column = (int)node.Start.Column;
            var column = lines[line - 1][..(utf16Column - 1)].EnumerateRunes().Count() + 1;
            Assert.True((line, column) == (d.Line, d.Column), $"{name}: {d} is at {d.Line}:{d.Column}, the value at {line}:{column}");
        }
    }

    private static YamlNode? Find(YamlNode root, string pointer)
    {
        var node = root;
        foreach (var token in JsonPointer.Split(pointer))
        {
            node = node switch
            {
                YamlMappingNode map => map.Children.FirstOrDefault(p => ((YamlScalarNode)p.Key).Value == token).Value,
                YamlSequenceNode seq when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < seq.Children.Count => seq.Children[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
