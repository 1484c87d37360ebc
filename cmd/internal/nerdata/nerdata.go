// Package nerdata holds what the NER commands (cmd/train, cmd/evaluate and
// cmd/crosslingual) share: the language and gazetteer a model is trained
// and scored with, and the readers of the data sets and of the news
// corpus's JSONL files.
package nerdata

import (
	"fmt"
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
	path := spec
	if k := strings.LastIndexByte(spec, '#'); k > 0 {
		switch spec[k+1:] {
		case "ud":
			opt.Comments, opt.TokenColumn, opt.TagColumn = true, 2, 3
			path = spec[:k]
		case "comments":
			opt.Comments = true
			path = spec[:k]
		case "re3d":
			return readRe3d(spec[:k], opt)
		}
	}
	return conll.ReadFile(path, opt)
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
