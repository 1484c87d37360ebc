// Command tag finds named entities and relations in text.
//
//	tag [flags] [FILE ...]        reads standard input when no FILE is given; flags come before
//	                              the files (a flag after a file is a usage error; -- ends the flags)
//	  -lang auto|tr|en|ru         default auto
//	  -in text|conll              conll: pre-tokenized, token in the first column, blank line between sentences,
//	                              each -DOCSTART- line starting a new document
//	  -out json|jsonl|conll|text|spacy
//	                              json: one object per input (indented), jsonl: one per line,
//	                              conll: token<TAB>IOB2 tag (with -in conll: every input line, its
//	                              columns kept, with the predicted tag appended), text: bracketed
//	                              entities and relations,
//	                              spacy: spaCy's Doc.to_json shape (character offsets) for displaCy
//	  -labels varlik|conll        type names in -out conll: PERSON... (default) or PER, LOC, ORG
//	  -tokens                     with -out json or jsonl, include the tokens
//	  -model FILE                 a model written by cmd/train (default: the embedded one)
//	  -gazetteer FILE             extra gazetteer entries, TSV or JSONL (repeatable)
//	  -split none|line|paragraph  none (default): each input is one document; line or paragraph:
//	                              tag the input as a stream of documents in bounded memory, printing
//	                              one result per document, written out as soon as it is done, with
//	                              its "offset" in the input (and its "file" when there are several);
//	                              a document's own offsets are relative to its start; the collector
//	                              runs at GOGC=50 unless GOGC is set (internal/streamgc)
//	  -version                    print the module version and the data's provenance, and exit
//
// JSON output: {"lang":"tr","entities":[{"text","type","start","end","id",
// "canonical","score","source"}],"relations":[{"type","subject","object",
// "role","start","end"}]}, with start and end UTF-8 byte offsets into the
// input; an empty input's lists are empty ([]), never null. It exits 0 on
// any input it could read, and prints a one-line error
// and exits non-zero for an unreadable file or a bad flag.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/varlik/varlik/internal/streamgc"
	"github.com/varlik/varlik/internal/wholeinput"
)

type config struct {
	lang, in, out, model, split string
	gazetteers                  []string
	labels                      string
	version, tokens             bool
	file                        string // the input file, named in streamed output when there are several
}

// beforeWholeInput runs once the flags say the input is one document
// (-split none), and beforeStream once they say it is streamed (-split
// line or paragraph): main sets them to wholeinput.DelayFirstCollection
// and streamgc.Pace, which tests leave out, since they change the
// process's GOGC.
var beforeWholeInput, beforeStream = func() {}, func() {}

func main() {
	beforeWholeInput, beforeStream = wholeinput.DelayFirstCollection, streamgc.Pace
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "tag:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	var cfg config
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.lang, "lang", "auto", "language: auto, tr, en or ru")
	fs.StringVar(&cfg.in, "in", "text", "input format: text or conll")
	fs.StringVar(&cfg.out, "out", "json", "output format: json, jsonl, conll, text or spacy")
	fs.StringVar(&cfg.model, "model", "", "model file written by cmd/train (default: embedded)")
	fs.Func("gazetteer", "extra gazetteer entries, TSV or JSONL (repeatable)", func(v string) error {
		cfg.gazetteers = append(cfg.gazetteers, v)
		return nil
	})
	fs.BoolVar(&cfg.tokens, "tokens", false, "with -out json or jsonl: include the tokens (text, start, end, kind)")
	fs.StringVar(&cfg.labels, "labels", "varlik", "type names in -out conll: varlik (PERSON, LOCATION, ORGANIZATION) or conll (PER, LOC, ORG)")
	fs.BoolVar(&cfg.version, "version", false, "print the module version, the gazetteer's and each default model's provenance, and exit")
	fs.StringVar(&cfg.split, "split", "none", "documents in the input: none (whole input), line or paragraph (streamed)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(os.Stderr)
			fmt.Fprintln(os.Stderr, "usage: tag [flags] [FILE ...]\n\nFinds people, places and organizations in text (standard input without FILE).\n\nFlags:")
			fs.PrintDefaults()
		}
		return err
	}
	if err := flagAfterFiles(args, fs.NArg()); err != nil {
		return err // before any work: tagging the files with other flags than asked would waste it
	}
	if cfg.version {
		return printVersion(stdout)
	}
	if err := cfg.check(); err != nil {
		return err
	}
	if cfg.split == "none" {
		beforeWholeInput()
	} else {
		beforeStream()
	}
	x, err := newExtractor(cfg)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	files := fs.Args()
	if len(files) == 0 {
		return tagInput(context.Background(), x, cfg, stdin, w)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		if len(files) > 1 {
			cfg.file = name // streamed documents say which file they come from
		}
		err = tagInput(context.Background(), x, cfg, f, w)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// flagAfterFiles reports a flag among the file arguments: Go's flag
// parsing stops at the first non-flag, so in `tag FILE -out jsonl` the
// -out would be taken for a file, after FILE had been tagged with the
// defaults. nFiles is the number of arguments left after the flags. After
// an explicit "--", every argument is a file, whatever its name.
func flagAfterFiles(args []string, nFiles int) error {
	parsed := args[:len(args)-nFiles]
	if len(parsed) > 0 && parsed[len(parsed)-1] == "--" {
		return nil
	}
	for _, a := range args[len(args)-nFiles:] {
		if len(a) > 1 && a[0] == '-' {
			return fmt.Errorf("flag %s after a file argument: flags come first (tag [flags] [FILE ...]); for a file whose name starts with -, put -- before the files", a)
		}
	}
	return nil
}

func (c config) check() error {
	switch c.lang {
	case "auto", "tr", "en", "ru":
	default:
		return fmt.Errorf("bad -lang %q: want auto, tr, en or ru", c.lang)
	}
	switch c.in {
	case "text", "conll":
	default:
		return fmt.Errorf("bad -in %q: want text or conll", c.in)
	}
	switch c.split {
	case "none":
	case "line", "paragraph":
		if c.in == "conll" {
			return fmt.Errorf("-split %s needs -in text", c.split)
		}
	default:
		return fmt.Errorf("bad -split %q: want none, line or paragraph", c.split)
	}
	switch c.out {
	case "json", "jsonl", "conll", "text", "spacy":
	default:
		return fmt.Errorf("bad -out %q: want json, jsonl, conll, text or spacy", c.out)
	}
	if c.labels != "varlik" && c.labels != "conll" {
		return fmt.Errorf("bad -labels %q: want varlik or conll", c.labels)
	}
	return nil
}
