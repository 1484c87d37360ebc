// Command crosslingual measures cross-lingual linking on real news: it
// reads the corpus's line-aligned NTREX annotation in Turkish, English and
// Russian (corpus/<lang>.<split>.jsonl), runs the Extractor on every line
// in each language, and reports how many entities present in all three
// versions of a line get one and the same ID in all three.
//
//	crosslingual [-corpus corpus] [-split test] [-doc N | -articles corpus/ntrex.articles.tsv] [-gold-mentions] [-v] [-merges]
//
// With -doc N, each language's lines are tagged in documents of N
// consecutive lines (lines 1-N, N+1-2N, ...), and with -articles one
// document per news article (NTREX's own article boundaries), as a user
// tags an article: a surname alone then links to the full name an earlier
// line gave. Entities are still counted line by line.
//
// An entity's ID is that of the Extractor's mention with the most overlap
// with the gold span (none when no mention overlaps it). With
// -gold-mentions, linking is measured alone, as entity-linking papers do:
// each language's gold spans of a document are linked as they are
// (Extractor.LinkMentions), and an entity's ID is its span's; the
// second line then counts no recognition misses. Gold entities are
// aligned across the three versions of a line, English as the pivot, type
// by type:
//   - when each version has exactly one entity of the type, those three;
//   - otherwise by name: a Turkish or Russian entity goes with the English
//     one whose name it resembles most (Latin letters, Russian
//     transliterated, folded), if the resemblance is at least 0.5.
//
// Entities the alignment leaves out are not counted. IDs that are
// document-local ("local:N") never match across documents. A second line
// splits the entities that do not share one ID into those some language's
// Extractor found no mention for (a recognition miss) and the others,
// those whose mentions have the gold span's bounds in all three languages
// (IDs that differ) and those whose mention in some language has other
// bounds (a longer or a shorter name, which keys apart); a third line
// splits the misses by language, those with other bounds into those a
// language's mention runs on past the name and those it cuts short, and
// those with the gold bounds into
// those a language's mention has another type than the gold's (a
// recognition error the ID may follow) and the others, the linker's
// alone; with -v, each is
// listed with its mentions' texts where they differ from the gold's, and
// their types after a colon where those differ. A
// last line counts false merges (see merges.go): per language, pairs of
// aligned entities of one document whose English names are not one
// entity's but that share an ID; and pairs of English gold names of the
// whole split, not one entity's, that share a name ID. -merges lists
// them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/entity"
)

// goldEntity and line are the corpus's records (nerdata.ReadCorpusLines).
type (
	goldEntity = nerdata.CorpusEntity
	line       = nerdata.CorpusLine
)

var langs = []string{"tr", "en", "ru"}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "crosslingual:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("crosslingual", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "corpus", "directory of the corpus's <lang>.<split>.jsonl files")
	split := fs.String("split", "test", "dev or test")
	verbose := fs.Bool("v", false, "list the aligned entities whose IDs differ")
	docLines := fs.Int("doc", 1, "lines per document (consecutive ones)")
	articlesPath := fs.String("articles", "", "one document per news article, as this file (corpus/ntrex.articles.tsv: an article ID per source line) groups the lines; not with -doc")
	listMerges := fs.Bool("merges", false, "list the false merges")
	goldMentions := fs.Bool("gold-mentions", false, "link the gold spans instead of the Extractor's mentions")
	if err := fs.Parse(args); err != nil {
		return err
	}
	byLang := map[string]map[string]line{} // language → line number → line
	for _, l := range langs {
		lines, err := readLines(filepath.Join(*dir, l+"."+*split+".jsonl"))
		if err != nil {
			return err
		}
		byLang[l] = lines
	}
	extractors := map[string]*entity.Extractor{}
	for _, l := range langs {
		x, err := entity.New(entity.WithLanguage(l))
		if err != nil {
			return err
		}
		extractors[l] = x
	}
	if *docLines < 1 {
		return fmt.Errorf("-doc %d: want at least 1", *docLines)
	}
	docOf := func(n int) string { return strconv.Itoa((n - 1) / *docLines) }
	if *articlesPath != "" {
		if *docLines != 1 {
			return errors.New("-articles and -doc both group lines into documents: give one")
		}
		articles, err := nerdata.ReadArticles(*articlesPath)
		if err != nil {
			return err
		}
		for _, l := range langs {
			for _, rec := range byLang[l] {
				if _, err := articles.Of(rec.ID); err != nil {
					return fmt.Errorf("%s: %w", *articlesPath, err)
				}
			}
		}
		docOf = func(n int) string { return articles[n-1] } // every line checked above
	}
	tagged := map[string]map[string]lineIDs{}
	for _, l := range langs {
		var err error
		if tagged[l], err = tagLines(extractors[l], byLang[l], docOf, *goldMentions); err != nil {
			return fmt.Errorf("%s: %w", l, err)
		}
	}
	var total, same, unknownAll, unfound, bounds, mistyped int
	var boundsBy [3]int                   // entities with other bounds: run on, cut short, other (see boundsKind)
	var missedIn [3]int                   // per language, the entities recognition missed there
	byDoc := map[string][]alignedEntity{} // a document's aligned entities, for false merges
	enNames := map[string][]string{}      // an English name ID → the gold names found with it
	for _, n := range sortedLineKeys(byLang["en"]) {
		en := byLang["en"][n]
		for i, g := range en.Entities {
			addName(enNames, tagged["en"][n].ids[i], g.Text)
		}
		tr, okTr := byLang["tr"][n]
		ru, okRu := byLang["ru"][n]
		if !okTr || !okRu {
			continue
		}
		ids := map[string][]string{}
		for _, l := range langs {
			ids[l] = tagged[l][n].ids
		}
		num, _ := strconv.Atoi(n)
		doc := docOf(num)
		for _, triple := range align(tr.Entities, en.Entities, ru.Entities) {
			total++
			a, b, c := ids["tr"][triple[0]], ids["en"][triple[1]], ids["ru"][triple[2]]
			byDoc[doc] = append(byDoc[doc], alignedEntity{n, en.Entities[triple[1]].Text, [3]string{a, b, c}})
			switch {
			case a != "" && a == b && b == c && !strings.HasPrefix(a, "local:"):
				same++
			case isLocal(a) && isLocal(b) && isLocal(c):
				unknownAll++
				fallthrough
			default:
				var found, golds, types, goldTypes [3]string
				for k, l := range langs {
					t, g := tagged[l][n], byLang[l][n].Entities[triple[k]]
					found[k], types[k], golds[k], goldTypes[k] = t.found[triple[k]], t.types[triple[k]], g.Text, g.Type
				}
				switch {
				case a == "" || b == "" || c == "":
					unfound++
					for k, id := range [3]string{a, b, c} {
						if id == "" {
							missedIn[k]++
						}
					}
				case found != golds:
					bounds++
					boundsBy[boundsKind(golds, found)]++
				case types != goldTypes:
					mistyped++
				}
				if *verbose {
					fmt.Fprintf(stdout, "line %s: %s %s | %s %s | %s %s\n", n, mentionText(golds[0], found[0])+typeText(goldTypes[0], types[0]), a,
						mentionText(golds[1], found[1])+typeText(goldTypes[1], types[1]), b, mentionText(golds[2], found[2])+typeText(goldTypes[2], types[2]), c)
				}
			}
		}
	}
	if total == 0 {
		return errors.New("no entity is present in all three versions of a line")
	}
	fmt.Fprintf(stdout, "%s: %d entities present in all three versions of a line; %d (%.1f%%) share one ID in tr, en and ru (a gazetteer ID or a name ID); %d have only document-local IDs\n",
		*split, total, same, 100*float64(same)/float64(total), unknownAll)
	if *goldMentions {
		fmt.Fprintf(stdout, "linking the gold mentions: the %d others have IDs that differ\n", total-same)
	} else {
		fmt.Fprintf(stdout, "of the %d others, %d have no mention overlapping them in some language (recognition), %d have one in all three: %d with the gold bounds in all three (IDs that differ), %d with other bounds in some language\n",
			total-same, unfound, total-same-unfound, total-same-unfound-bounds, bounds)
		fmt.Fprintf(stdout, "recognition misses by language: tr %d, en %d, ru %d; of the %d with other bounds, %d run on in some language (a mention holding the name and more), %d are cut short (a part of the name), %d otherwise; of the %d with the gold bounds, %d have another type than the gold's in some language, %d the gold types in all three (the linker's)\n",
			missedIn[0], missedIn[1], missedIn[2], bounds, boundsBy[0], boundsBy[1], boundsBy[2], total-same-unfound-bounds, mistyped, total-same-unfound-bounds-mistyped)
	}
	var list io.Writer
	if *listMerges {
		list = stdout
	}
	var merged [3]int
	for _, doc := range slices.Sorted(maps.Keys(byDoc)) {
		for l, k := range falseMergesAligned(byDoc[doc], list) {
			merged[l] += k
		}
	}
	fmt.Fprintf(stdout, "false merges: pairs of aligned entities of one document, not one entity's, that share an ID: tr %d, en %d, ru %d; pairs of English gold names, not one entity's, that share a name ID over the split: %d\n",
		merged[0], merged[1], merged[2], falseMergesSplit(enNames, list))
	return nil
}

// sortedLineKeys returns the keys of lines in the order of their numbers.
func sortedLineKeys(lines map[string]line) []string {
	keys := slices.Collect(maps.Keys(lines))
	slices.SortFunc(keys, func(a, b string) int {
		na, _ := strconv.Atoi(a)
		nb, _ := strconv.Atoi(b)
		return na - nb
	})
	return keys
}

// lineIDs holds, for each gold entity of a line, the ID goldIDs found and
// the text and type of the mention it was found with ("" when none
// overlaps it).
type lineIDs struct{ ids, found, types []string }

// boundsKind tells how the mentions found for an aligned entity, found,
// differ from its gold names, golds, by language: 0 when one language's
// mention holds the gold name and more (Гленна Миддлтона Халкеттом for
// Халкеттом, a neighbour or a common word run into the name), else 1
// when one's is a part of the gold name (Martin for St. Martin), else 2.
func boundsKind(golds, found [3]string) int {
	kind := 2
	for k := range golds {
		switch g, f := golds[k], found[k]; {
		case f == g:
		case strings.Contains(f, g):
			return 0
		case strings.Contains(g, f):
			kind = 1
		}
	}
	return kind
}

// typeText returns "" when a mention's type is the gold's or no mention
// was found, else the mention's type after a colon.
func typeText(gold, found string) string {
	if found == gold || found == "" {
		return ""
	}
	return ":" + found
}

// mentionText quotes a gold entity's text, and the text of the mention
// found for it after a slash where that differs.
func mentionText(gold, found string) string {
	if found == gold {
		return strconv.Quote(gold)
	}
	return strconv.Quote(gold) + "/" + strconv.Quote(found)
}

// tagLines tags lines in documents of consecutive lines (by line number)
// that docOf gives one document, joined by line breaks, and returns each
// line's gold entities' IDs, by the line's key; with gold, it links the
// gold spans instead (linkGold).
func tagLines(x *entity.Extractor, lines map[string]line, docOf func(n int) string, gold bool) (map[string]lineIDs, error) {
	type numbered struct {
		n   int
		key string
	}
	order := make([]numbered, 0, len(lines))
	for k := range lines {
		n, err := strconv.Atoi(k)
		if err != nil {
			return nil, fmt.Errorf("line number %q: %w", k, err)
		}
		order = append(order, numbered{n, k})
	}
	slices.SortFunc(order, func(a, b numbered) int { return a.n - b.n })
	out := make(map[string]lineIDs, len(lines))
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && docOf(order[j].n) == docOf(order[i].n) {
			j++
		}
		var text strings.Builder
		offsets := make([]int, 0, j-i)
		for _, l := range order[i:j] {
			offsets = append(offsets, text.Len())
			text.WriteString(lines[l.key].Text)
			text.WriteByte('\n')
		}
		var spans []goldEntity // the document's gold spans
		for k, l := range order[i:j] {
			for _, g := range lines[l.key].Entities {
				g.Start += offsets[k]
				g.End += offsets[k]
				spans = append(spans, g)
			}
		}
		var ids, found, types []string
		var err error
		if gold {
			ids, err = linkGold(x, text.String(), spans)
			for _, g := range spans {
				found, types = append(found, g.Text), append(types, g.Type)
			}
		} else {
			var doc *entity.Document
			if doc, err = x.Extract(context.Background(), text.String()); err == nil {
				ids, found, types = goldIDs(spans, doc)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("lines %d-%d: %w", order[i].n, order[j-1].n, err)
		}
		for _, l := range order[i:j] {
			n := len(lines[l.key].Entities)
			out[l.key], ids, found, types = lineIDs{ids[:n:n], found[:n:n], types[:n:n]}, ids[n:], found[n:], types[n:]
		}
		i = j
	}
	return out, nil
}

func isLocal(id string) bool { return id == "" || strings.HasPrefix(id, "local:") }

// goldIDs returns, per gold entity, the ID, the text and the type of the
// Extractor's mention that overlaps it most ("" when none does).
func goldIDs(gold []goldEntity, doc *entity.Document) (ids, texts, types []string) {
	ids, texts, types = make([]string, len(gold)), make([]string, len(gold)), make([]string, len(gold))
	for i, g := range gold {
		best := 0
		for _, e := range doc.Entities {
			if ov := min(g.End, e.End) - max(g.Start, e.Start); ov > best {
				best, ids[i], texts[i], types[i] = ov, e.ID, e.Text, string(e.Type)
			}
		}
	}
	return ids, texts, types
}

// linkGold returns the IDs that Extractor.LinkMentions gives the gold
// spans of a document's text, one per span.
func linkGold(x *entity.Extractor, text string, gold []goldEntity) ([]string, error) {
	spans := make([]entity.MentionSpan, len(gold))
	for i, g := range gold {
		spans[i] = entity.MentionSpan{Start: g.Start, End: g.End, Type: entity.Type(g.Type)}
	}
	ents, err := x.LinkMentions(context.Background(), "", text, spans)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ents))
	for i, e := range ents {
		ids[i] = e.ID
	}
	return ids, nil
}

// readLines reads a corpus JSONL file into its lines by line number.
func readLines(path string) (map[string]line, error) {
	lines, err := nerdata.ReadCorpusLines(path)
	if err != nil {
		return nil, err
	}
	out := make(map[string]line, len(lines))
	for _, l := range lines {
		out[l.ID[strings.LastIndexByte(l.ID, '.')+1:]] = l
	}
	return out, nil
}
