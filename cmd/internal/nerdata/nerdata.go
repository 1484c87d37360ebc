// Package nerdata holds what the NER commands (cmd/train, cmd/evaluate and
// cmd/crosslingual) share: the language and gazetteer a model is trained
// and scored with, and the readers of the data sets and of the news
// corpus's JSONL files.
package nerdata

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en" // registers "en"
	_ "github.com/varlik/varlik/lang/ru" // registers "ru"
	_ "github.com/varlik/varlik/lang/tr" // registers "tr"
)

// Resources are a language and, when gazetteer features are on, the
// default gazetteer (nil otherwise).
type Resources struct {
	Lang lang.Language
	Gaz  *gazetteer.Gazetteer
}

// Load returns the resources for language code.
func Load(code string, useGaz bool) (Resources, error) {
	l, ok := lang.Get(code)
	if !ok {
		return Resources{}, fmt.Errorf("no language %q registered (have %v)", code, lang.Codes())
	}
	r := Resources{Lang: l}
	if useGaz {
		r.Gaz = gazetteer.Default()
	}
	return r, nil
}

// ReadCoNLL reads a CoNLL file named by spec: a path, optionally followed
// by a layout after a "#": "#ud" for Universal Dependencies style files
// (Universal NER: "# ..." comment lines, the token in column 2 and the tag
// in column 3), "#comments" for files with "# ..." comment lines and the
// usual columns (the token first, the tag last), "#re3d" for the
// entities.json of a re3d source, its documents.json beside it (standoff
// JSON, tokenized here with opt.Language; see readRe3d).
func ReadCoNLL(spec string, opt conll.Options) ([]annotation.TaggedSentence, error) {
	path, layout := SpecPath(spec)
	if layout == "#re3d" {
		return readRe3d(path, opt)
	}
	return conll.ReadFile(path, layoutOptions(layout, opt))
}

// layoutOptions returns opt as a CoNLL layout of ReadCoNLL reads it.
func layoutOptions(layout string, opt conll.Options) conll.Options {
	switch layout {
	case "#ud":
		opt.Comments, opt.TokenColumn, opt.TagColumn = true, 2, 3
	case "#comments":
		opt.Comments = true
	}
	return opt
}

// ReadCoNLLDocuments reads a CoNLL file named by spec as ReadCoNLL does,
// and returns the number of sentences of each of its documents: from
// each -DOCSTART- line to the next (the sentences before the first one, if
// any, are a document too), as examples/tag -in conll reads a file, and in
// a layout with comments from each CoNLL-U "# newdoc" comment to the next
// too (Universal NER's web posts and articles). A file with neither is a
// collection of sentences, each a document of its own, as examples/tag
// reads one. re3d's layout has none.
func ReadCoNLLDocuments(spec string, opt conll.Options) ([]annotation.TaggedSentence, []int, error) {
	path, layout := SpecPath(spec)
	if layout == "#re3d" {
		return nil, nil, fmt.Errorf("%s: re3d's layout has no -DOCSTART- lines", spec)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	opt = layoutOptions(layout, opt)
	var sents []annotation.TaggedSentence
	var sizes []int
	read := func(part string) error {
		s, err := conll.Read(strings.NewReader(part), opt)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if len(s) > 0 {
			sents, sizes = append(sents, s...), append(sizes, len(s))
		}
		return nil
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	start, off, marked := 0, 0, false // the document's first byte, the line's
	for line := range strings.Lines(text) {
		if conll.DocStart(line) || opt.Comments && strings.HasPrefix(line, "# newdoc") {
			if err := read(text[start:off]); err != nil {
				return nil, nil, err
			}
			start, marked = off, true
		}
		off += len(line)
	}
	if err := read(text[start:]); err != nil {
		return nil, nil, err
	}
	if !marked {
		sizes = slices.Repeat([]int{1}, len(sents))
	}
	return sents, sizes, nil
}

// SpecPath returns the file path of a ReadCoNLL spec.
func SpecPath(spec string) (path, layout string) {
	if k := strings.LastIndexByte(spec, '#'); k > 0 {
		switch spec[k+1:] {
		case "ud", "comments", "re3d":
			return spec[:k], spec[k:]
		}
	}
	return spec, ""
}
