// Command compare runs varlik and prose v3 side by side over the same text
// and prints their throughput and what each found, so that anyone can
// reproduce the speed comparison in the README:
//
//	go run ./examples/compare [-n 200] [-lang tr] [FILE ...]
//
// With no FILE it uses testdata/xinhua_hangzhou_tr.txt. Each file is one
// document; the set is processed n times by each library on one goroutine
// (set GOMAXPROCS=1 for a one-core figure). prose runs its full pipeline
// (tokenization, segmentation, tagging, NER), the closest counterpart to
// varlik's Extract; its models are English, so on Turkish only its speed is
// comparable, not its entities.
//
// With -lines each line of a file that is not blank is a document of its
// own, as `tag -split line` reads news archives of one story a line.
//
// With -once varlik or -once prose it runs only that library, once over the
// files, with no warm-up, and prints its token and entity counts: the
// whole-process comparison, start-up and model loading included, is then
// as a user of examples/tag would see it (each file read in one allocation
// and, without -lines, the collector's first cycle put off as tag puts it
// off for a whole input, for either library):
//
//	GOMAXPROCS=1 /usr/bin/time -v compare -once varlik FILE
//	GOMAXPROCS=1 /usr/bin/time -v compare -once prose FILE
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	prose "github.com/jdkato/prose/v3"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/internal/wholeinput"
)

// beforeWholeInput runs before -once reads its files as whole documents:
// main sets it to wholeinput.DelayFirstCollection, as examples/tag does;
// tests leave it out, since it changes the process's GOGC.
var beforeWholeInput = func() {}

func main() {
	beforeWholeInput = wholeinput.DelayFirstCollection
	if err := run(os.Args[1:], os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	n := fs.Int("n", 200, "passes over the input")
	code := fs.String("lang", "tr", "varlik's language: auto, tr, en or ru")
	show := fs.Int("show", 20, "list up to this many of the mentions each library found")
	once := fs.String("once", "", "run only this library (varlik or prose), once, and print its counts")
	lines := fs.Bool("lines", false, "each line of a file that is not blank is a document of its own")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"testdata/xinhua_hangzhou_tr.txt"}
	}
	if *once != "" && !*lines {
		beforeWholeInput()
	}
	var docs []string
	for _, f := range files {
		text, err := readFile(f)
		if err != nil {
			return err
		}
		if *lines {
			docs = appendLines(docs, text)
		} else {
			docs = append(docs, text)
		}
	}
	switch *once {
	case "":
	case "varlik", "prose":
		return runOnce(*once, *code, docs, w)
	default:
		return fmt.Errorf("-once %q: want varlik or prose", *once)
	}
	x, err := entity.New(entity.WithLanguage(*code))
	if err != nil {
		return err
	}
	ctx := context.Background()

	var vTokens, vEntities int
	var vFound, pFound []string // "TYPE text" of each mention, from the last pass
	vTime, err := timed(*n, func() error {
		vTokens, vEntities, vFound = 0, 0, vFound[:0]
		for _, d := range docs {
			doc, err := x.Extract(ctx, d)
			if err != nil {
				return err
			}
			vTokens += len(doc.Tokens)
			vEntities += len(doc.Entities)
			for _, e := range doc.Entities {
				vFound = append(vFound, string(e.Type)+" "+e.Text)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var pTokens, pEntities int
	pTime, err := timed(*n, func() error {
		pTokens, pEntities, pFound = 0, 0, pFound[:0]
		for _, d := range docs {
			doc, err := prose.NewDocumentContext(ctx, d)
			if err != nil {
				return err
			}
			pTokens += len(doc.Tokens())
			pEntities += len(doc.Entities())
			for _, e := range doc.Entities() {
				pFound = append(pFound, e.Label+" "+e.Text)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	bytes := 0
	for _, d := range docs {
		bytes += len(d)
	}
	fmt.Fprintf(w, "%-10s %10s %12s %10s %10s\n", "library", "tokens", "tokens/s", "MB/s", "entities")
	report := func(name string, tokens, ents int, d time.Duration) {
		s := d.Seconds() / float64(*n)
		fmt.Fprintf(w, "%-10s %10d %12.0f %10.2f %10d\n", name, tokens, float64(tokens)/s, float64(bytes)/s/1e6, ents)
	}
	report("varlik", vTokens, vEntities, vTime)
	report("prose v3", pTokens, pEntities, pTime)
	fmt.Fprintln(w, speedLine(pTime.Seconds()/vTime.Seconds()))
	for _, lib := range []struct {
		name  string
		found []string
	}{{"varlik", vFound}, {"prose v3", pFound}} {
		fmt.Fprintf(w, "\n%s found (first %d of %d):\n", lib.name, min(*show, len(lib.found)), len(lib.found))
		for _, f := range lib.found[:min(*show, len(lib.found))] {
			fmt.Fprintln(w, "  "+f)
		}
	}
	return nil
}

// readFile reads the file name whole, in one allocation.
func readFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return wholeinput.ReadText(f)
}

// appendLines appends the lines of text that hold more than white space
// to docs, as they are.
func appendLines(docs []string, text string) []string {
	for line := range strings.Lines(text) {
		if line = strings.TrimRight(line, "\r\n"); strings.TrimSpace(line) != "" {
			docs = append(docs, line)
		}
	}
	return docs
}

// runOnce runs one library over docs once and prints its token and entity
// counts.
func runOnce(lib, code string, docs []string, w io.Writer) error {
	ctx := context.Background()
	var tokens, ents int
	switch lib {
	case "varlik":
		x, err := entity.New(entity.WithLanguage(code))
		if err != nil {
			return err
		}
		for _, d := range docs {
			doc, err := x.Extract(ctx, d)
			if err != nil {
				return err
			}
			tokens, ents = tokens+len(doc.Tokens), ents+len(doc.Entities)
		}
	case "prose":
		for _, d := range docs {
			doc, err := prose.NewDocumentContext(ctx, d)
			if err != nil {
				return err
			}
			tokens, ents = tokens+len(doc.Tokens()), ents+len(doc.Entities())
		}
	}
	_, err := fmt.Fprintf(w, "%s: %d tokens, %d entities\n", lib, tokens, ents)
	return err
}

// timed runs f once to warm up (models load lazily in both libraries),
// then n times, and returns the time of the n runs.
func timed(n int, f func() error) (time.Duration, error) {
	if err := f(); err != nil {
		return 0, err
	}
	start := time.Now()
	for range n {
		if err := f(); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}

// speedLine says how varlik compares, given prose's time over varlik's.
func speedLine(ratio float64) string {
	if ratio >= 1 {
		return fmt.Sprintf("varlik is %.1f× faster per byte", ratio)
	}
	return fmt.Sprintf("varlik is %.1f× slower per byte", 1/ratio)
}
