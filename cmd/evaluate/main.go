// Command evaluate scores a named-entity model on a CoNLL file with the
// CoNLL exact-match span metric (micro-averaged), per type and overall.
//
//	evaluate [-model FILE] [-lang tr] [-gazetteer=true] [-split-apostrophes] [-errors N] [-pipeline [-doc N | -docstart]] FILE.conll
//	evaluate -pipeline [-doc N | -articles corpus/ntrex.articles.tsv] [-lang tr] FILE.jsonl
//	                                    the Extractor on raw text (evaluateText)
//	evaluate -relations [-lines A-B] [-doc N] [-errors N] FILE.ann
//	                                    the Extractor's relations on raw text (evaluateRelations)
//	evaluate -predicted FILE.conll      score the gold (second-to-last) and predicted (last) columns
//	evaluate -predicted -false-persons LEXICON FILE.conll
//	                                    and count the false persons (falsePersons)
//	evaluate -suite dev|test [-data DIR]
//	                                    every set of the README's tables, as a Markdown table (runSuite)
//
// Without -model it uses the embedded default model of -lang. -pipeline
// scores the whole Extractor instead of the model alone (model, gazetteer,
// rules and linking), one document per sentence, or per N consecutive sentences with -doc N, or
// per -DOCSTART- section with -docstart (CoNLL-2003's articles), so that
// linking sees the context a news article gives (a surname after the full
// name). -errors N prints the first N sentences whose predicted spans
// differ from gold (with or without -pipeline). On a JSONL file of the
// news corpus (corpus/<lang>.<split>.jsonl), -pipeline runs the Extractor
// on the raw text, N lines to a document joined by line breaks, so that
// its own tokenizer and sentence splitter are scored too; with -articles,
// one document per news article, as users send them.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/ner"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model of -lang)")
	code := fs.String("lang", "tr", "language code")
	useGaz := fs.Bool("gazetteer", true, "use the default gazetteer")
	splitApos := fs.Bool("split-apostrophes", false, "split apostrophe suffixes off tokens (Pekin'i → Pekin 'i)")
	showErrors := fs.Int("errors", 0, "print up to N sentences with wrong spans")
	pipeline := fs.Bool("pipeline", false, "score the whole Extractor (model, gazetteer, rules, linking), one document per sentence")
	predicted := fs.Bool("predicted", false, "score the file's own predictions: gold tags in the second-to-last column, predicted in the last (as tag -in conll -out conll writes)")
	docSize := fs.Int("doc", 1, "with -pipeline: sentences per document (consecutive ones)")
	docStart := fs.Bool("docstart", false, "with -pipeline on a CoNLL file: one document from each -DOCSTART- line to the next, as examples/tag -in conll reads a file (CoNLL-2003's articles), and from each CoNLL-U \"# newdoc\" comment in the #ud and #comments layouts (Universal NER's posts)")
	articlesPath := fs.String("articles", "", "with -pipeline on an NTREX JSONL file: one document per news article, as this file (corpus/ntrex.articles.tsv: an article ID per source line) groups the lines")
	relations := fs.Bool("relations", false, "score the whole Extractor's relations on an annotation file whose relations were annotated (corpus/ann/*.ann with \"relations: yes\"), on its raw text")
	lines := fs.String("lines", "", "with -relations: only the records of source lines A-B (\"1-350\")")
	ascii := fs.Bool("type-ascii", false, "score on the CoNLL file's text typed without Turkish letters (ç ğ ı ö ş ü â î û as c g i o s u a i u): Turkish as ASCII keyboards write it; with -pipeline the Extractor reads it as Turkish (lang.NormRestorer), without it the model alone sees the typed words")
	caseMode := fs.String("case", "", "score on the CoNLL file's text all in lower case (lower) or all in capitals (upper), the language's own casing: chats and headlines")
	dropApos := fs.Bool("drop-apostrophes", false, "score on the CoNLL file's text written without the apostrophes of suffixes (Ankara'da as Ankarada, the merged token keeping the word's tag): informal Turkish")
	lexicon := fs.String("false-persons", "", "with -predicted: count the predicted persons no gold person matches: nationality words, and sentence openers that are common words of this lexicon (a word a line)")
	suite := fs.String("suite", "", "score every set of the README's tables: dev (the sets decisions are made on) or test (scored once, at the end of a piece of work); a Markdown table with each figure's command")
	dataDir := fs.String("data", filepath.Join("..", "shared", "data"), "with -suite: the shared data directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *suite != "" {
		if fs.NArg() != 0 {
			return errors.New("-suite takes no file")
		}
		var other []string
		fs.Visit(func(f *flag.Flag) {
			if f.Name != "suite" && f.Name != "data" {
				other = append(other, "-"+f.Name)
			}
		})
		if len(other) > 0 {
			return fmt.Errorf("-suite sets each row's flags itself: not with %s", strings.Join(other, " "))
		}
		rows, ok := suites[*suite]
		if !ok {
			return fmt.Errorf("no suite %q (dev or test)", *suite)
		}
		return runSuite(rows, *dataDir, stdout, stderr)
	}
	if fs.NArg() != 1 {
		return errors.New("want exactly one CoNLL file")
	}
	if (*caseMode != "" || *ascii || *dropApos) && (*predicted || *relations || strings.HasSuffix(fs.Arg(0), ".jsonl")) {
		return errors.New("-case, -type-ascii and -drop-apostrophes retype a CoNLL file's tokens: not with -predicted, -relations or a JSONL file")
	}
	if *dropApos && *splitApos {
		return errors.New("-drop-apostrophes glues the suffixes -split-apostrophes splits off: not both")
	}
	if *lexicon != "" && !*predicted {
		return errors.New("-false-persons needs -predicted")
	}
	if *predicted {
		var fp *falsePersons
		if *lexicon != "" {
			res, err := nerdata.Load(*code, true)
			if err != nil {
				return err
			}
			if fp, err = newFalsePersons(*lexicon, res.Lang, res.Gaz); err != nil {
				return err
			}
		}
		return scorePredicted(fs.Arg(0), fp, stdout)
	}
	if *docSize < 1 || *docSize > 1 && !*pipeline && !*relations {
		return errors.New("-doc N needs N ≥ 1 and -pipeline or -relations")
	}
	if *docStart && (!*pipeline || *docSize != 1 || *relations || strings.HasSuffix(fs.Arg(0), ".jsonl")) {
		return errors.New("-docstart groups a CoNLL file's sentences with -pipeline: not with -doc, -relations or a JSONL file")
	}
	var articles nerdata.Articles
	if *articlesPath != "" {
		if *docSize != 1 || !*pipeline || !strings.HasSuffix(fs.Arg(0), ".jsonl") {
			return errors.New("-articles groups the lines of a JSONL file with -pipeline: not with -doc, -relations or a CoNLL file")
		}
		var err error
		if articles, err = nerdata.ReadArticles(*articlesPath); err != nil {
			return err
		}
	}
	if *relations && !strings.HasSuffix(fs.Arg(0), ".ann") {
		return errRelationsNeedAnn
	}
	res, err := nerdata.Load(*code, *useGaz)
	if err != nil {
		return err
	}
	var m *ner.Model
	switch {
	case *modelPath != "":
		m, err = ner.ReadModelFile(*modelPath)
	case !*pipeline:
		m, err = ner.DefaultModel(*code)
	}
	if err != nil {
		return err
	}
	if *relations {
		var opts []entity.Option
		if m != nil {
			opts = append(opts, entity.WithModel(m))
		}
		return evaluateRelations(fs.Arg(0), *lines, opts, *docSize, *showErrors, stdout)
	}
	if strings.HasSuffix(fs.Arg(0), ".jsonl") {
		if !*pipeline {
			return errors.New("a JSONL file (raw text) is scored with -pipeline")
		}
		var opts []entity.Option
		if m != nil {
			opts = append(opts, entity.WithModel(m))
		}
		return evaluateText(fs.Arg(0), *code, opts, *docSize, articles, stdout)
	}
	copt := conll.Options{Language: res.Lang, SplitApostrophes: *splitApos}
	var sents []annotation.TaggedSentence
	var docSizes []int // the sentences of each document, in order
	if *docStart {
		sents, docSizes, err = nerdata.ReadCoNLLDocuments(fs.Arg(0), copt)
	} else {
		sents, err = nerdata.ReadCoNLL(fs.Arg(0), copt)
		for i := 0; i < len(sents); i += *docSize {
			docSizes = append(docSizes, min(*docSize, len(sents)-i))
		}
	}
	if err != nil {
		return err
	}
	if *dropApos {
		sents = droppedApostrophes(sents, res.Lang)
	}
	if *caseMode != "" {
		if sents, err = recased(sents, res.Lang, *caseMode); err != nil {
			return err
		}
	}
	if *ascii {
		sents = typeSentencesASCII(sents, res.Lang)
	}
	fmt.Fprintf(stdout, "%s: %d sentences\n", fs.Arg(0), len(sents))
	tag := func(doc []annotation.TaggedSentence) ([][]entity.Span, error) {
		out := make([][]entity.Span, len(doc))
		for i, s := range doc {
			out[i] = m.Tag(s.Tokens, res.Lang, res.Gaz)
		}
		return out, nil
	}
	if *pipeline {
		if tag, err = pipelineTagger(*code, m); err != nil {
			return err
		}
	}
	var preds [][]entity.Span
	i := 0
	for _, n := range docSizes {
		p, err := tag(sents[i : i+n])
		if err != nil {
			return err
		}
		preds = append(preds, p...)
		i += n
	}
	ev := ner.NewEvaluation()
	var wrong []string
	for i, s := range sents {
		pred := preds[i]
		gold := annotation.SpansFromTags(s.Tags)
		ev.Add(gold, pred)
		if len(wrong) >= *showErrors {
			continue // the spans are written out only for the sentences shown
		}
		if g, p := spanSet(s, gold), spanSet(s, pred); g != p {
			wrong = append(wrong, fmt.Sprintf("\n%s\n  gold: %s\n  pred: %s\n", strings.Join(words(s), " "), g, p))
		}
	}
	if err := ev.WriteTable(stdout); err != nil {
		return err
	}
	_, err = io.WriteString(stdout, strings.Join(wrong, ""))
	return err
}

// words returns the sentence's token texts.
func words(s annotation.TaggedSentence) []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Text
	}
	return w
}

// spanSet writes spans as "[PER Li Qiang] [LOC Çin]" for comparison and
// display.
func spanSet(s annotation.TaggedSentence, spans []entity.Span) string {
	var parts []string
	for _, sp := range spans {
		words := make([]string, 0, sp.Last-sp.First)
		for _, t := range s.Tokens[sp.First:sp.Last] {
			words = append(words, t.Text)
		}
		parts = append(parts, fmt.Sprintf("[%s %s]", sp.Type[:3], strings.Join(words, " ")))
	}
	return strings.Join(parts, " ")
}
