package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"sort"

	"github.com/varlik/varlik/corpus"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
)

// rangeFlags are the flags shared by pre and raw.
type rangeFlags struct {
	data, name string
	from, to   int
}

func (r *rangeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&r.data, "data", "../shared/data", "the shared data directory")
	fs.StringVar(&r.name, "collection", "", "collection: "+collectionNames())
	fs.IntVar(&r.from, "from", 1, "first line (1-based)")
	fs.IntVar(&r.to, "to", 0, "last line (0: the last line of the file)")
}

// lines returns the collection and its selected lines, numbered from 1.
func (r *rangeFlags) lines() (collection, []string, int, error) {
	if r.name == "" {
		return collection{}, nil, 0, errors.New("-collection is required")
	}
	c, lines, err := readLines(r.data, r.name)
	if err != nil {
		return c, nil, 0, err
	}
	to := r.to
	if to == 0 || to > len(lines) {
		to = len(lines)
	}
	if r.from < 1 || r.from > to {
		return c, nil, 0, fmt.Errorf("bad line range %d-%d (the file has %d lines)", r.from, to, len(lines))
	}
	return c, lines[r.from-1 : to], r.from, nil
}

func newFile(r *rangeFlags, c collection, note string, relations bool) *corpus.File {
	rel := "no"
	if relations {
		rel = "yes"
	}
	return &corpus.File{Header: map[string]string{
		"lang":       c.lang,
		"collection": r.name,
		"source":     c.path,
		"pass":       note,
		"relations":  rel,
	}}
}

func runPre(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate pre", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var r rangeFlags
	r.register(fs)
	withRelations := fs.Bool("relations", false, "also write the relations the pipeline finds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c, lines, first, err := r.lines()
	if err != nil {
		return err
	}
	x, err := entity.New(entity.WithLanguage(c.lang))
	if err != nil {
		return err
	}
	f := newFile(&r, c, "pre-annotation by the varlik pipeline (to be reviewed)", *withRelations)
	for i, line := range lines {
		rec := corpus.Record{ID: recordID(r.name, first+i), Text: line}
		if line != "" {
			doc, err := x.Extract(context.Background(), line)
			if err != nil {
				return fmt.Errorf("%s: %w", rec.ID, err)
			}
			preAnnotate(&rec, doc, *withRelations)
		}
		f.Records = append(f.Records, rec)
	}
	return corpus.Write(stdout, f)
}

var shortType = map[entity.Type]string{
	entity.Person:       corpus.Person,
	entity.Location:     corpus.Location,
	entity.Organization: corpus.Organization,
}

// preAnnotate copies the pipeline's entities and relations into rec.
func preAnnotate(rec *corpus.Record, doc *entity.Document, withRelations bool) {
	spanOf := map[int]int{}
	end := 0
	for i, e := range doc.Entities {
		t, ok := shortType[e.Type]
		if !ok || e.Start < end {
			continue
		}
		spanOf[i] = len(rec.Spans)
		rec.Spans = append(rec.Spans, corpus.Span{Start: e.Start, End: e.End, Type: t})
		end = e.End
	}
	if !withRelations {
		return
	}
	for _, rel := range doc.Relations {
		subj, ok := spanOf[rel.Subject]
		if !ok {
			continue
		}
		out := corpus.Relation{Type: string(rel.Type), Subject: subj, Object: -1, Role: rel.Role}
		if rel.Object >= 0 {
			obj, ok := spanOf[rel.Object]
			if !ok {
				continue
			}
			out.Object = obj
		}
		if rel.Type == entity.Says {
			out.Role = doc.Text[rel.QuoteStart:rel.QuoteEnd]
			out.Quote = [2]int{rel.QuoteStart, rel.QuoteEnd}
		}
		if out.Role == "" && rel.Type == entity.Role {
			continue
		}
		rec.Relations = append(rec.Relations, out)
	}
}

func runRaw(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate raw", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var r rangeFlags
	r.register(fs)
	sample := fs.Int("sample", 1, "keep about one record in K, chosen by a hash of its ID")
	withRelations := fs.Bool("relations", false, "mark the file as one whose relations are to be annotated")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c, lines, first, err := r.lines()
	if err != nil {
		return err
	}
	f := newFile(&r, c, fmt.Sprintf("raw text for an independent pass (1 in %d)", *sample), *withRelations)
	for i, line := range lines {
		id := recordID(r.name, first+i)
		if inSample(id, *sample) {
			f.Records = append(f.Records, corpus.Record{ID: id, Text: line})
		}
	}
	return corpus.Write(stdout, f)
}

func runCheck(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "the shared data directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("check: no files")
	}
	sources := map[string][]string{}
	bad := 0
	for _, path := range fs.Args() {
		f, err := corpus.ParseFile(path)
		if err != nil {
			fmt.Fprintln(stdout, err)
			bad++
			continue
		}
		problems := 0
		report := func(format string, a ...any) {
			problems++
			fmt.Fprintf(stdout, "%s: %s\n", path, fmt.Sprintf(format, a...))
		}
		for i := range f.Records {
			rec := &f.Records[i]
			name, line, err := parseID(rec.ID)
			if err != nil {
				report("line %d: %v", rec.Line, err)
				continue
			}
			lines, ok := sources[name]
			if !ok {
				_, lines, err = readLines(*data, name)
				if err != nil {
					return err
				}
				sources[name] = lines
			}
			if line > len(lines) || lines[line-1] != rec.Text {
				report("line %d: record %s: the text without markup is not line %d of its source", rec.Line+1, rec.ID, line)
				continue
			}
			for _, msg := range tokenBoundaryProblems(collections[name].lang, rec) {
				report("line %d: record %s: %s", rec.Line+1, rec.ID, msg)
			}
		}
		if problems > 0 {
			bad++
		}
		spans, rels := 0, 0
		for _, rec := range f.Records {
			spans += len(rec.Spans)
			rels += len(rec.Relations)
		}
		fmt.Fprintf(stdout, "%s: %d records, %d entities, %d relations, %d problems\n", path, len(f.Records), spans, rels, problems)
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d files have problems", bad, fs.NArg())
	}
	return nil
}

// tokenBoundaryProblems lists spans that start or end inside a token of the
// language's tokenizer: either a markup slip ("[[Ankar|LOC]]a") or a span
// the CoNLL export could not represent.
func tokenBoundaryProblems(code string, rec *corpus.Record) []string {
	l, ok := lang.Get(code)
	if !ok || len(rec.Spans) == 0 {
		return nil
	}
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, t := range l.Tokenize(rec.Text) {
		starts[t.Start], ends[t.End] = true, true
	}
	var out []string
	for i, s := range rec.Spans {
		if !starts[s.Start] || !ends[s.End] {
			out = append(out, fmt.Sprintf("entity %q does not start and end on token boundaries", rec.SpanText(i)))
		}
	}
	return out
}

func twoFiles(fs *flag.FlagSet, args []string) (*corpus.File, *corpus.File, error) {
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if fs.NArg() != 2 {
		return nil, nil, fmt.Errorf("%s needs two files", fs.Name())
	}
	a, err := corpus.ParseFile(fs.Arg(0))
	if err != nil {
		return nil, nil, err
	}
	b, err := corpus.ParseFile(fs.Arg(1))
	return a, b, err
}

func runDiff(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pre, final, err := twoFiles(fs, args)
	if err != nil {
		return err
	}
	c := corpus.Diff(pre, final)
	total := c.Kept + c.Changed + c.Removed
	fmt.Fprintf(stdout, "pre-annotated spans %d: kept %d, changed %d, removed %d; added %d; final spans %d\n",
		total, c.Kept, c.Changed, c.Removed, c.Added, c.Final)
	return nil
}

func runAgree(args []string, stdout, stderr io.Writer) error {
	a, b, err := readTwoGlobs("annotate agree", args, stderr)
	if err != nil {
		return err
	}
	agr, compared, _, err := corpus.Compare(a, b)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d records compared (first pass as reference)\n", compared)
	types := make([]string, 0, len(agr))
	for t := range agr {
		types = append(types, t)
	}
	sort.Strings(types)
	writeAgreement(stdout, agr)
	if !hasRelations(b) {
		return nil
	}
	rels, err := corpus.CompareRelations(a, b)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "relations (type, arguments' spans, ROLE's role; not the words said):")
	writeAgreement(stdout, rels)
	return nil
}

// writeAgreement writes the counts and P/R/F1 of agr by type, in order.
func writeAgreement(w io.Writer, agr corpus.Agreement) {
	types := make([]string, 0, len(agr))
	for t := range agr {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "%-10s %6s %6s %6s %7s %7s %7s\n", "type", "both", "first", "second", "P", "R", "F1")
	for _, t := range types {
		c := agr[t]
		fmt.Fprintf(w, "%-10s %6d %6d %6d %7.4f %7.4f %7.4f\n", t, c.TP, c.TP+c.FN, c.TP+c.FP, c.Precision(), c.Recall(), c.F1())
	}
}

// hasRelations reports whether a record of f has a relation.
func hasRelations(f *corpus.File) bool {
	for i := range f.Records {
		if len(f.Records[i].Relations) > 0 {
			return true
		}
	}
	return false
}

// runRelSample writes the records of an annotation file that a sample of
// one in K keeps (the hash of raw's -sample), with their entity markup and
// without their relations: the material of an independent relation pass,
// which annotates relations between the same mentions.
func runRelSample(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate relsample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sample := fs.Int("sample", 10, "keep about one record in K, chosen by a hash of its ID")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("annotate relsample needs one annotation file")
	}
	f, err := corpus.ParseFile(fs.Arg(0))
	if err != nil {
		return err
	}
	if f.Header["relations"] != "yes" {
		return fmt.Errorf("%s: its relations were not annotated (no \"relations: yes\")", fs.Arg(0))
	}
	out := &corpus.File{Header: maps.Clone(f.Header)}
	out.Header["pass"] = fmt.Sprintf("independent relation pass on the first pass's entities (1 in %d)", *sample)
	for _, r := range f.Records {
		if inSample(r.ID, *sample) {
			r.Relations = nil
			out.Records = append(out.Records, r)
		}
	}
	return corpus.Write(stdout, out)
}

// readTwoGlobs parses the arguments of agree and disagree, two file
// patterns, and reads the files.
func readTwoGlobs(name string, args []string, stderr io.Writer) (first, second *corpus.File, err error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if fs.NArg() != 2 {
		return nil, nil, fmt.Errorf("%s needs two file patterns: FIRST SECOND (globs, quoted)", fs.Name())
	}
	if first, err = readGlob(fs.Arg(0)); err != nil {
		return nil, nil, err
	}
	second, err = readGlob(fs.Arg(1))
	return first, second, err
}

// readGlob reads every annotation file matching pattern into one File.
func readGlob(pattern string) (*corpus.File, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no file matches %q", pattern)
	}
	all := &corpus.File{Header: map[string]string{}}
	for _, p := range paths {
		f, err := corpus.ParseFile(p)
		if err != nil {
			return nil, err
		}
		all.Records = append(all.Records, f.Records...)
	}
	return all, nil
}

func runDisagree(args []string, stdout, stderr io.Writer) error {
	a, b, err := readTwoGlobs("annotate disagree", args, stderr)
	if err != nil {
		return err
	}
	byID := b.ByID()
	n := 0
	for i := range a.Records {
		ra := &a.Records[i]
		rb := byID[ra.ID]
		if rb == nil || slices.Equal(ra.Spans, rb.Spans) {
			continue
		}
		n++
		fmt.Fprintf(stdout, "## %s\nfirst:  %s\nsecond: %s\n\n", ra.ID, ra.Markup(), rb.Markup())
	}
	fmt.Fprintf(stdout, "%d records differ\n", n)
	return nil
}
