using System.Globalization;

namespace HotlineBot.Knowledge;

/// <summary>
/// Reads question files: UTF-8 TSV, a header line, then <c>question&lt;TAB&gt;law&lt;TAB&gt;article</c>
/// (law by official number). Blank lines and lines starting with # are skipped; a bad line is a
/// <see cref="FormatException"/> naming file:line.
/// </summary>
public static class LegalQuestionSet
{
    public static List<LegalQuestion> Load(IEnumerable<string> files)
    {
        var questions = new List<LegalQuestion>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }
                var cells = line.Split('\t');
                if (cells.Length < 3 || cells[0].Trim().Length == 0
                    || !int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var article) || article <= 0)
                {
                    throw new FormatException($"{file}:{i + 1}: expected question<TAB>law<TAB>article number");
                }
                questions.Add(new LegalQuestion(cells[0].Trim(), new ArticleRef(cells[1].Trim(), article), $"{file}:{i + 1}"));
            }
        }
        return questions;
    }
}
