package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// nameClasses are the classes -namecls and -namecls-gaz name.
var nameClasses = map[string]ner.NameClass{"person": ner.NamePerson, "place": ner.NamePlace,
	"org": ner.NameOrg, "common": ner.NameCommon}

// readNameClassifier trains the name-type prior on the words of the
// -namecls lists (CLASS=FILE) and of the gazetteer's names (-namecls-gaz
// CLASS=TYPE, or CLASS=TYPE@LANG for its names in language LANG). An entry is split into words at spaces and hyphens. The
// common class takes only entries written in lower case (a dictionary's
// proper nouns are not common words); the name classes leave out the
// lower-case words of a capitalized name (de, of, ve), which are not
// names.
func readNameClassifier(files, gazSpecs []string, g *gazetteer.Gazetteer, l lang.Language, log io.Writer) (*ner.NameClassifier, error) {
	var cfg ner.NameClassifierConfig
	add := func(class ner.NameClass) func(string) {
		return func(entry string) {
			if class == ner.NameCommon && lang.StartsUpper(entry) {
				return
			}
			capitalized := strings.IndexFunc(entry, unicode.IsUpper) >= 0
			for _, w := range strings.FieldsFunc(entry, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
				if class != ner.NameCommon && capitalized && !lang.StartsUpper(w) {
					continue
				}
				cfg.Words[class] = append(cfg.Words[class], l.Fold(w))
			}
		}
	}
	for _, spec := range files {
		name, path, ok := strings.Cut(spec, "=")
		class, known := nameClasses[name]
		if !ok || !known {
			return nil, fmt.Errorf("bad -namecls %q: want CLASS=FILE, CLASS one of person, place, org, common", spec)
		}
		if err := eachWord(path, add(class)); err != nil {
			return nil, err
		}
	}
	for _, spec := range gazSpecs {
		name, typ, ok := strings.Cut(spec, "=")
		typ, code, other := strings.Cut(typ, "@")
		if !other {
			code = l.Code()
		}
		class, known := nameClasses[name]
		if !ok || !known || (typ != "PERSON" && typ != "LOCATION" && typ != "ORGANIZATION") {
			return nil, fmt.Errorf("bad -namecls-gaz %q: want CLASS=TYPE, TYPE one of PERSON, LOCATION, ORGANIZATION", spec)
		}
		if g == nil {
			return nil, fmt.Errorf("-namecls-gaz needs the gazetteer")
		}
		eachGazetteerWord(g, typ, code, add(class))
	}
	c := ner.TrainNameClassifier(cfg)
	fmt.Fprintf(log, "name-type prior: %d person, %d place, %d org, %d common words; %d n-grams\n",
		len(cfg.Words[ner.NamePerson]), len(cfg.Words[ner.NamePlace]), len(cfg.Words[ner.NameOrg]), len(cfg.Words[ner.NameCommon]), c.Len())
	return c, nil
}
