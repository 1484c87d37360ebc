// Command crosslingual measures cross-lingual linking on real news: it
// reads the corpus's line-aligned NTREX annotation in Turkish, English and
// Russian (corpus/<lang>.<split>.jsonl), runs the Extractor on every line
// in each language, and reports how many entities present in all three
// versions of a line get one and the same ID in all three.
//
//	crosslingual [-corpus corpus] [-split test] [-v]
//
// An entity's ID is that of the Extractor's mention with the most overlap
// with the gold span (none when no mention overlaps it). Gold entities are
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
// Extractor found no mention for (a recognition miss) and the others.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/varlik/varlik/entity"
)

type goldEntity struct {
	Text       string `json:"text"`
	Type       string `json:"type"`
	Start, End int
}

type line struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Entities []goldEntity `json:"entities"`
}

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
	var total, same, unknownAll, unfound int
	for n, en := range byLang["en"] {
		tr, okTr := byLang["tr"][n]
		ru, okRu := byLang["ru"][n]
		if !okTr || !okRu {
			continue
		}
		versions := map[string]line{"tr": tr, "en": en, "ru": ru}
		ids := map[string][]string{}
		for _, l := range langs {
			doc, err := extractors[l].Extract(context.Background(), versions[l].Text)
			if err != nil {
				return fmt.Errorf("%s %s: %w", l, n, err)
			}
			ids[l] = goldIDs(versions[l].Entities, doc)
		}
		for _, triple := range align(tr.Entities, en.Entities, ru.Entities) {
			total++
			a, b, c := ids["tr"][triple[0]], ids["en"][triple[1]], ids["ru"][triple[2]]
			switch {
			case a != "" && a == b && b == c && !strings.HasPrefix(a, "local:"):
				same++
			case isLocal(a) && isLocal(b) && isLocal(c):
				unknownAll++
				fallthrough
			default:
				if a == "" || b == "" || c == "" {
					unfound++
				}
				if *verbose {
					fmt.Fprintf(stdout, "line %s: %q %s | %q %s | %q %s\n", n, tr.Entities[triple[0]].Text, a,
						en.Entities[triple[1]].Text, b, ru.Entities[triple[2]].Text, c)
				}
			}
		}
	}
	if total == 0 {
		return errors.New("no entity is present in all three versions of a line")
	}
	fmt.Fprintf(stdout, "%s: %d entities present in all three versions of a line; %d (%.1f%%) share one ID in tr, en and ru (a gazetteer ID or a name ID); %d have only document-local IDs\n",
		*split, total, same, 100*float64(same)/float64(total), unknownAll)
	fmt.Fprintf(stdout, "of the %d others, %d have no mention overlapping them in some language (recognition), %d have one in all three (IDs that differ, or a mention's bounds)\n",
		total-same, unfound, total-same-unfound)
	return nil
}

func isLocal(id string) bool { return id == "" || strings.HasPrefix(id, "local:") }

// goldIDs returns, per gold entity, the ID of the Extractor's mention that
// overlaps it most ("" when none does).
func goldIDs(gold []goldEntity, doc *entity.Document) []string {
	out := make([]string, len(gold))
	for i, g := range gold {
		best := 0
		for _, e := range doc.Entities {
			if ov := min(g.End, e.End) - max(g.Start, e.Start); ov > best {
				best, out[i] = ov, e.ID
			}
		}
	}
	return out
}

func readLines(path string) (map[string]line, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]line{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out[l.ID[strings.LastIndexByte(l.ID, '.')+1:]] = l
	}
	return out, sc.Err()
}
