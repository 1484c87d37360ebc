// Command train trains a named-entity model from CoNLL files and writes it
// in the model file format of package entity.
//
//	train -lang tr -train FILE [-train FILE ...] [-dev FILE] [-epochs N] [-runs N]
//	      [-gazetteer=true] [-morph=false] [-clause-verb] [-split-apostrophes]
//	      [-misc] [-nested-names [-norp-bodies]] [-demonyms]
//	      [-upper N] [-lower N] [-prune F]
//	      [-capfreq FILE] [-captext FILE ...] [-words CLASS=FILE[#COL[:K>=N]] ...]
//	      [-clusters K [-unlabeled FILE ...]] [-learner crf [-l2 F] [-step F]] -o MODEL
//
// CoNLL input: token in the first column, tag in the last, IOB1 or IOB2
// (see conll.Read). -split-apostrophes retokenizes Pekin'i as Pekin
// 'i (for Turkish Wiki NER); -misc trains on other name types as an
// internal MISC label; -nested-names tags the gazetteer's places and
// organizations inside TITLE and NORP spans (ABD Başkanı, ABD'li) as
// names, and with -norp-bodies a NORP span that ends in an organization's
// head noun (İşçi Partisi, Osmanlı Ordusu) as an organization, as news
// annotation has parties and armies; -demonyms reads the training files' one-word place and
// organization mentions that are nationality words (Israeli, American) as
// MISC, or O without -misc (demonymsAsMisc); -upper N adds an upper-cased
// copy of every Nth sentence; -lower N adds a lower-cased copy of every
// Nth sentence (Unicode's mapping, so
// not for a language with its own, such as Turkish); -lower-sentences
// keeps the weights of a word's class, prior, lexicon classes, clusters,
// gazetteer classes and capitalized runs in a sentence written in lower
// case apart from those of edited text;
// -clause-verb gives capitalized words the sentence's last lower-case word
// (in Turkish, the verb) as a feature. -capfreq names a case-sensitive
// "word count" list (Zemberek's freq-100k.txt.gz; gzip is read
// transparently) for the capitalization prior; -captext counts the word
// forms of CoNLL files (tags ignored) for it instead or as well, leaving
// out each sentence's first word and all-capital sentences, whose capitals
// say nothing about the word. -words adds word lists
// to the model's lexicon (CLASS: person, place, proper, common,
// abbreviation; Zemberek .dict, Hunspell .dic, plain lists, Faker JSON, or
// column COL of a TSV, FILE#COL; FILE#COL:K>=N takes only the rows whose
// column K is a number of at least N, such as cities above a population).
// -clusters K induces K word clusters (and K/4 coarse ones) from the words
// of the training files and any -unlabeled CoNLL files (tags ignored) and
// stores them in the model as features.
// -learner crf fits the weights as a linear-chain CRF (L2 penalty -l2,
// initial SGD step -step, -epochs passes) instead of the averaged
// perceptron; the model format and tagging are the same.
// With -dev it prints precision, recall and F1 per type on the dev file.
//
// To carve a deterministic dev split out of a training file (every Nth
// sentence to dev, the rest to train, as raw lines):
//
//	train -split-dev 10 -train FILE -split-out PREFIX
//
// writes PREFIX-train.conll and PREFIX-dev.conll (-split-docs: every Nth
// document, for a held-out set that shares no document with training,
// such as FactRuEval's: -split-dev 5 -split-docs). Keep splits of
// unlicensed corpora (Milliyet) under local/, which git ignores.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

type config struct {
	lang, dev, out, capFreq, splitOut, data   string
	gazFile                                   string
	train, words, gazWords                    []string
	unlabeled, capText                        []string
	epochs, runs, splitDev, upper, lower      int
	prune, l2, step                           float64
	learner                                   string
	clusters                                  int
	seed                                      int64
	gaz, morph, verb, splitApos, misc, nested bool
	splitDocs, inflect, lowerSents, demonyms  bool
	norpBodies                                bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c config
	args, recipe, err := expandRecipe(args)
	if err != nil {
		return err
	}
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.lang, "lang", "tr", "language code")
	fs.Func("train", "training CoNLL file (repeatable)", appendTo(&c.train))
	fs.StringVar(&c.dev, "dev", "", "dev CoNLL file for calibration and a P/R/F1 report")
	fs.StringVar(&c.out, "o", "", "output model file")
	fs.StringVar(&c.data, "data", "", "data directory that relative input paths are relative to (default: as given)")
	fs.String("recipe", "", "file of flags to read first (recorded in the model with its inputs' checksums)")
	fs.StringVar(&c.capFreq, "capfreq", "", "case-sensitive word frequency list for the capitalization prior")
	fs.Func("captext", "CoNLL file (tags ignored) whose word forms, less sentence-initial ones, add to the capitalization prior (repeatable)", appendTo(&c.capText))
	fs.Func("words", "CLASS=FILE[#COL[:K>=N]] word list for the lexicon (repeatable; CLASS: person, place, proper, common, abbreviation; #COL: tab-separated column, :K>=N: of the rows whose column K is at least N)", appendTo(&c.words))
	fs.Func("gazwords", "CLASS=TYPE: the words of the default gazetteer's names of TYPE (PERSON, LOCATION, ORGANIZATION) in -lang as a lexicon class (repeatable)", appendTo(&c.gazWords))
	fs.BoolVar(&c.inflect, "inflect", false, "add the -words lists' entries with their inflected forms (Russian)")
	fs.IntVar(&c.upper, "upper", 0, "add an upper-cased copy of every Nth training sentence (0: none)")
	fs.IntVar(&c.lower, "lower", 0, "add a lower-cased copy of every Nth training sentence (0: none)")
	fs.IntVar(&c.epochs, "epochs", 12, "training epochs")
	fs.IntVar(&c.clusters, "clusters", 0, "induce this many word clusters from the training (and -unlabeled) text as features (0: none)")
	fs.Func("unlabeled", "CoNLL file whose tokens (tags ignored) add to the text for -clusters (repeatable)", appendTo(&c.unlabeled))
	fs.IntVar(&c.runs, "runs", 1, "train this many models (seeds seed, seed+1, ...) and average them")
	fs.StringVar(&c.learner, "learner", "perceptron", "training algorithm: perceptron (averaged structured perceptron) or crf (L2-regularized linear-chain CRF by SGD)")
	fs.Float64Var(&c.l2, "l2", 1, "with -learner crf: the penalty L2·‖w‖² on the weights")
	fs.Float64Var(&c.step, "step", 0.2, "with -learner crf: the initial SGD step size")
	fs.Float64Var(&c.prune, "prune", 0, "drop features whose weights are all below this share of the largest weight (0.025 halves a model)")
	fs.Int64Var(&c.seed, "seed", 1, "shuffling seed")
	fs.BoolVar(&c.gaz, "gazetteer", true, "use the default gazetteer as features")
	fs.StringVar(&c.gazFile, "gazetteer-file", "", "learn from this gazetteer (TSV or JSONL, .gz allowed) instead of the embedded default: a recipe pins one, so that the default's new entries reach the shipped models as features without retraining them")
	fs.BoolVar(&c.morph, "morph", false, "use morphology (stem, case) features")
	fs.BoolVar(&c.verb, "clause-verb", false, "use the sentence's last lower-case word (in Turkish, the verb) as a feature of capitalized words")
	fs.BoolVar(&c.lowerSents, "lower-sentences", false, "keep the weights of a word's class, prior, lexicon classes, clusters, gazetteer classes and capitalized runs in sentences written in lower case apart")
	fs.BoolVar(&c.splitApos, "split-apostrophes", false, "split apostrophe suffixes off tokens (Pekin'i → Pekin 'i)")
	fs.BoolVar(&c.demonyms, "demonyms", false, "read the training files' one-word place and organization mentions that the gazetteer knows as nationality words (Israeli, American) as MISC (with -misc) or O")
	fs.BoolVar(&c.norpBodies, "norp-bodies", false, "with -nested-names: read a NORP span that ends in a head noun of organizations' names (İşçi Partisi, Osmanlı Ordusu) and is no known place as ORGANIZATION")
	fs.BoolVar(&c.misc, "misc", false, "train on other name types (NORP, EVENT, WORK_OF_ART, ...) as MISC rather than O")
	fs.BoolVar(&c.nested, "nested-names", false, "tag the gazetteer's places and organizations inside TITLE and NORP spans (ABD Başkanı, ABD'li) as names")
	fs.IntVar(&c.splitDev, "split-dev", 0, "with N > 0: write every Nth sentence of -train to PREFIX-dev.conll, the rest to PREFIX-train.conll, and exit")
	fs.StringVar(&c.splitOut, "split-out", "", "output PREFIX for -split-dev")
	fs.BoolVar(&c.splitDocs, "split-docs", false, "with -split-dev: every Nth document (-DOCSTART- to the next) instead of every Nth sentence")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(c.train) == 0 {
		return errors.New("no -train file")
	}
	if c.splitDev > 0 {
		if len(c.train) != 1 || c.splitOut == "" {
			return errors.New("-split-dev needs exactly one -train file and -split-out PREFIX")
		}
		return splitDev(c.train[0], c.splitOut, c.splitDev, c.splitDocs, stdout)
	}
	if c.out == "" {
		return errors.New("no -o model file")
	}
	learners := map[string]ner.Learner{"perceptron": ner.Perceptron, "crf": ner.CRF}
	learner, ok := learners[c.learner]
	if !ok {
		return fmt.Errorf("-learner %q: want perceptron or crf", c.learner)
	}
	if c.l2 <= 0 || c.step <= 0 {
		return errors.New("-l2 and -step must be positive")
	}
	if recipe == nil {
		recipe = settingsOf(args)
	}
	inputs, err := c.resolve(c.data)
	if err != nil {
		return err
	}
	res, err := nerdata.Load(c.lang, c.gaz)
	if err != nil {
		return err
	}
	gazVersion := gazetteer.DataVersion()
	if c.gaz && c.gazFile != "" {
		if res.Gaz, gazVersion, err = loadPinnedGazetteer(c.gazFile); err != nil {
			return err
		}
	}
	opt := conll.Options{Language: res.Lang, SplitApostrophes: c.splitApos, Misc: c.misc}
	trainOpt := opt
	if c.nested {
		if res.Gaz == nil {
			return errors.New("-nested-names needs the gazetteer")
		}
		trainOpt.NestedNames = res.Gaz
	}
	if c.norpBodies {
		if !c.nested {
			return errors.New("-norp-bodies needs -nested-names")
		}
		trainOpt.NorpBodies = true
	}
	var sents []annotation.TaggedSentence
	for _, f := range c.train {
		s, err := nerdata.ReadCoNLL(f, trainOpt)
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	if c.demonyms {
		if res.Gaz == nil {
			return errors.New("-demonyms needs the gazetteer")
		}
		fmt.Fprintf(stderr, "-demonyms: %d nationality words retagged\n", demonymsAsMisc(sents, res.Gaz, res.Lang, c.misc))
	}
	n := len(sents)
	if c.upper > 0 {
		upper := func(s string) string { return lang.Upper(res.Lang, s) }
		for i := 0; i < n; i += c.upper {
			sents = append(sents, ner.UpperCased(sents[i], upper))
		}
	}
	if c.lower > 0 {
		if _, own := res.Lang.(lang.UpperCaser); own {
			// Unicode's lower case would be wrong there (Turkish I → ı), and
			// package lang offers no lower-case mapping of its own.
			return fmt.Errorf("-lower: %s has its own case mapping", c.lang)
		}
		// Only the original sentences are copied: an upper-cased copy
		// lower-cased would repeat its own original.
		for i := 0; i < n; i += c.lower {
			sents = append(sents, ner.LowerCased(sents[i], strings.ToLower))
		}
	}
	var dev []annotation.TaggedSentence
	if c.dev != "" {
		if dev, err = nerdata.ReadCoNLL(c.dev, opt); err != nil {
			return err
		}
	}
	cfg := ner.TrainConfig{Lang: c.lang, Learner: learner, L2: c.l2, Step: c.step, Language: res.Lang, Morphology: c.morph, ClauseVerb: c.verb, LowerSentences: c.lowerSents, Gazetteer: res.Gaz,
		Epochs: c.epochs, Runs: c.runs, Seed: c.seed, Dev: dev, Log: stderr, Clusters: c.clusters, Prune: c.prune,
		Provenance: newProvenance(recipe, inputs, res.Gaz != nil, gazVersion).String()}
	for _, f := range c.unlabeled {
		s, err := nerdata.ReadCoNLL(f, opt)
		if err != nil {
			return err
		}
		for _, x := range s {
			cfg.Unlabeled = append(cfg.Unlabeled, x.Tokens)
		}
	}
	var capCounts []byte
	if len(c.capText) > 0 {
		if capCounts, err = countCapitals(c.capText, opt); err != nil {
			return err
		}
	}
	if c.capFreq != "" || len(capCounts) > 0 || len(c.words) > 0 || len(c.gazWords) > 0 {
		if cfg.Lexicon, err = readLexicon(c.capFreq, capCounts, c.words, c.inflect, res.Lang); err != nil {
			return err
		}
		if err := addGazetteerWords(cfg.Lexicon, c.gazWords, res.Gaz, c.lang); err != nil {
			return err
		}
	}
	start := time.Now()
	m, err := ner.Train(ctx, sents, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained on %d sentences in %s\n", len(sents), time.Since(start).Round(time.Millisecond))
	if err := writeModel(m, c.out, stdout); err != nil {
		return err
	}
	if len(dev) > 0 {
		fmt.Fprintf(stdout, "dev %s:\n", c.dev)
		return m.Evaluate(dev, res.Lang, res.Gaz).WriteTable(stdout)
	}
	return nil
}

// settingsOf returns the flags of a run without a recipe, less the output
// and data directory, which say nothing about the model.
func settingsOf(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-o" || a == "-data" || a == "--o" || a == "--data":
			i++
		case strings.HasPrefix(a, "-o=") || strings.HasPrefix(a, "-data="):
		default:
			out = append(out, a)
		}
	}
	return out
}

// appendTo returns a flag.Func that appends each use of a repeatable flag
// to list.
func appendTo(list *[]string) func(string) error {
	return func(v string) error { *list = append(*list, v); return nil }
}

func writeModel(m *ner.Model, path string, stdout io.Writer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%.1f MB)\n", path, float64(n)/1e6)
	return nil
}
