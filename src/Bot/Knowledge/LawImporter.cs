using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HotlineBot.Knowledge;

/// <summary>
/// Reads a legal document in the official Vietnamese layout — header with "Số: 73/2006/QH11" (or "Luật số: …") and
/// "LUẬT" / "NGHỊ ĐỊNH" over the name; "Chương I" and "Mục 1" each with its title on the same or the next line;
/// "Điều N. Title"; clauses "1.", "2."; points "a)", "b)" — into the knowledge-base schema. Summaries stay empty and
/// every article is unverified (a deployer writes and checks them). Problems are reported with their line:
/// numbering gaps or repeats (chapters, sections, articles, clauses, points), a point outside a clause, an article
/// without title or text, no document number.
/// </summary>
public static partial class LawImporter
{
    /// <summary>The letters Vietnamese documents use for points, in order (no f, j, w, z).</summary>
    private const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    public static (ImportedLaw? Law, IReadOnlyList<ImportProblem> Problems) Read(string file, string? number = null, string? name = null)
    {
        var lines = File.ReadAllLines(file, Encoding.UTF8).Select(l => l.Normalize(NormalizationForm.FormC).Trim()).ToArray();
        return new Parser(file, lines, number, name).Run();
    }

    private sealed class Parser(string file, string[] lines, string? number, string? name)
    {
        private readonly List<ImportProblem> _problems = [];
        private readonly List<(string Number, string Title, List<LawSection> Sections, int Line)> _chapters = [];
        private readonly List<ImportedArticleBuilder> _articles = [];
        private ImportedArticleBuilder? _article;
        private (int Clause, string? Point)? _open;
        private Action<string>? _pendingTitle;
        private string? _kindWord;

        public (ImportedLaw?, IReadOnlyList<ImportProblem>) Run()
        {
            for (var i = 0; i < lines.Length; i++)
            {
                Line(lines[i], i + 1);
            }
            Finish();
            if (_problems.Count > 0)
            {
                return (null, _problems);
            }
            var kind = number!.Contains("QH", StringComparison.OrdinalIgnoreCase) ? LawKind.Law : LawKind.Decree;
            var chapters = _chapters.Select(c => new LawChapter(c.Number, c.Title, c.Sections)).ToList();
            var articles = _articles.Select(a => a.Build(number!)).ToList();
            var document = new LawDocument(number!, name ?? number!, kind, "in-force", null, chapters, articles, file);
            var text = _articles.ToDictionary(a => a.Number, a => (IReadOnlyList<string>)a.Intro);
            return (new ImportedLaw(document, text, Path.GetFileName(file)), _problems);
        }

        private void Line(string line, int at)
        {
            if (line.Length == 0)
            {
                return;
            }
            if (_pendingTitle is { } setTitle)
            {
                _pendingTitle = null;
                if (!IsStructure(line))
                {
                    setTitle(Sentence(line));
                    return;
                }
                Problem(at - 1, "the chapter or section above has no title");
            }
            if (ChapterLine().Match(line) is { Success: true } chapter)
            {
                Chapter(chapter.Groups[1].Value.ToUpperInvariant(), chapter.Groups[2].Value, at);
            }
            else if (SectionLine().Match(line) is { Success: true } section)
            {
                Section(int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture), section.Groups[2].Value, at);
            }
            else if (ArticleLine().Match(line) is { Success: true } article)
            {
                Article(int.Parse(article.Groups[1].Value, CultureInfo.InvariantCulture), article.Groups[2].Value.Trim(), at);
            }
            else if (_article is null)
            {
                Header(line, at);
            }
            else if (ClauseLine().Match(line) is { Success: true } clause)
            {
                Clause(int.Parse(clause.Groups[1].Value, CultureInfo.InvariantCulture), clause.Groups[2].Value.Trim(), at);
            }
            else if (PointLine().Match(line) is { Success: true } point)
            {
                Point(point.Groups[1].Value, point.Groups[2].Value.Trim(), at);
            }
            else
            {
                _article.Continue(_open, line);
            }
        }

        private void Header(string line, int at)
        {
            if (_chapters.Count > 0 && (ClauseLine().IsMatch(line) || PointLine().IsMatch(line)))
            {
                Problem(at, "a clause or point before any article (Điều)");
            }
            else if (NumberLine().Match(line) is { Success: true } n)
            {
                number ??= n.Groups[1].Value.TrimEnd('.', ',', ';');
            }
            else if (_kindWord is null && line is "LUẬT" or "NGHỊ ĐỊNH")
            {
                _kindWord = line;
            }
            else if (_kindWord is not null && name is null && line == line.ToUpper(CultureInfo.InvariantCulture) && line.Any(char.IsLetter))
            {
                var title = line.ToLower(CultureInfo.InvariantCulture);
                name = Sentence(_kindWord) + " " + (_kindWord == "LUẬT" ? Sentence(line) : title);
            }
        }

        private void Chapter(string roman, string title, int at)
        {
            if (RomanNumerals.Value(roman) is not { } value)
            {
                Problem(at, $"'Chương {roman}': not a Roman numeral");
                return;
            }
            var expected = _chapters.Count == 0 ? 1 : RomanNumerals.Value(_chapters[^1].Number)! + 1;
            if (value != expected)
            {
                Problem(at, _chapters.Any(c => c.Number == roman)
                    ? $"chapter {roman} appears twice"
                    : $"chapter {roman} follows {(_chapters.Count == 0 ? "no chapter" : "chapter " + _chapters[^1].Number)} (expected {RomanNumerals.Of(expected.Value)}: gap in numbering)");
            }
            var index = _chapters.Count;
            _chapters.Add((roman, Sentence(title), [], at));
            if (title.Trim().Length == 0)
            {
                _pendingTitle = t => _chapters[index] = _chapters[index] with { Title = t };
            }
        }

        private void Section(int n, string title, int at)
        {
            if (_chapters.Count == 0)
            {
                Problem(at, $"section (Mục) {n} outside any chapter (Chương)");
                return;
            }
            var sections = _chapters[^1].Sections;
            var expected = sections.Count == 0 ? 1 : sections[^1].Number + 1;
            if (n != expected)
            {
                Problem(at, $"section {n} in chapter {_chapters[^1].Number} where {expected} was expected (gap or repeat in numbering)");
            }
            var index = sections.Count;
            sections.Add(new LawSection(n, Sentence(title)));
            if (title.Trim().Length == 0)
            {
                _pendingTitle = t => sections[index] = sections[index] with { Title = t };
            }
        }

        private void Article(int n, string title, int at)
        {
            FinishArticle();
            if (_articles.FirstOrDefault(a => a.Number == n) is { } earlier)
            {
                Problem(at, $"article {n} appears twice (first at line {earlier.Line})");
            }
            else if (_articles.Count > 0 && n != _articles[^1].Number + 1)
            {
                Problem(at, $"article {n} follows article {_articles[^1].Number} (gap in numbering)");
            }
            if (title.Length == 0)
            {
                Problem(at, $"article {n} has no title (\"Điều {n}. Title\")");
            }
            var chapter = _chapters.Count > 0 ? _chapters[^1] : default;
            _article = new ImportedArticleBuilder(n, title, chapter.Number, chapter.Sections?.LastOrDefault()?.Number, at);
            _articles.Add(_article);
            _open = null;
        }

        private void Clause(int n, string text, int at)
        {
            var clauses = _article!.Points.Where(p => p.Point is null).ToList();
            var expected = clauses.Count == 0 ? 1 : clauses[^1].Clause + 1;
            if (n != expected)
            {
                Problem(at, $"clause {n}. in article {_article.Number} where {expected}. was expected (gap or repeat in numbering)");
            }
            _article.Points.Add((n, null, new StringBuilder(text)));
            _open = (n, null);
        }

        private void Point(string letter, string text, int at)
        {
            if (_open is not { } open)
            {
                Problem(at, $"point {letter}) in article {_article!.Number} is outside any clause (no \"1.\" before it)");
                return;
            }
            var previous = _article!.Points.LastOrDefault(p => p.Clause == open.Clause && p.Point is not null).Point;
            var expected = previous is null ? "a" : PointLetters[Math.Min(PointLetters.IndexOf(previous[0], StringComparison.Ordinal) + 1, PointLetters.Length - 1)].ToString();
            if (letter != expected)
            {
                Problem(at, $"point {letter}) in clause {open.Clause} of article {_article.Number} where {expected}) was expected (gap or repeat in lettering)");
            }
            _article.Points.Add((open.Clause, letter, new StringBuilder(text)));
            _open = (open.Clause, letter);
        }

        private void Finish()
        {
            FinishArticle();
            if (_pendingTitle is not null)
            {
                Problem(lines.Length, "the last chapter or section has no title");
            }
            if (number is null)
            {
                Problem(1, "no document number: the header needs a line \"Số: 73/2006/QH11\" (or pass --number)");
            }
            if (_articles.Count == 0)
            {
                Problem(1, "no article found (lines \"Điều 1. Title\")");
            }
        }

        private void FinishArticle()
        {
            if (_article is { } a && a.Points.Count == 0 && a.Intro.Count == 0)
            {
                Problem(a.Line, $"article {a.Number} has no text");
            }
        }

        private void Problem(int line, string problem) => _problems.Add(new ImportProblem(file, line, problem));

        private static bool IsStructure(string line) =>
            ChapterLine().IsMatch(line) || SectionLine().IsMatch(line) || ArticleLine().IsMatch(line);
    }

    /// <summary>"NHỮNG QUY ĐỊNH CHUNG" → "Những quy định chung"; mixed-case text is kept.</summary>
    private static string Sentence(string text)
    {
        text = text.Trim().TrimStart('.', ':', '-', '–').Trim();
        if (text.Length == 0 || text != text.ToUpper(CultureInfo.InvariantCulture))
        {
            return text;
        }
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        return char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..];
    }

    [GeneratedRegex(@"^(?:Chương|CHƯƠNG)\s+([IVXLivxl]+)\b\s*[.:\-–]?\s*(.*)$")]
    private static partial Regex ChapterLine();

    [GeneratedRegex(@"^(?:Mục|MỤC)\s+(\d+)\b\s*[.:\-–]?\s*(.*)$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^Điều\s+(\d+)\s*[.:]\s*(.*)$")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^(\d+)\.\s+(\S.*)$")]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"^([a-zđ])\)\s+(\S.*)$")]
    private static partial Regex PointLine();

    [GeneratedRegex(@"^(?:Luật\s+số|Số)\s*:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();
}
