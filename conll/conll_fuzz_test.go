package conll

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// FuzzReadCoNLL checks that any input reads without panic into sentences
// whose tags are well-formed IOB2 over the package's types, one per token,
// with and without the options that rewrite tags.
func FuzzRead(f *testing.F) {
	f.Add("ABD'li\tB-NORP\nABD\tB-TITLE\nBaşkanı\tI-TITLE\nClinton\tB-PER\n\nPekin'i\tI-GPE\n")
	f.Add("-DOCSTART- -X- O\n\nx y z I-TITLE\n'li\tB-NORP\n\ufeffA\tE-ORG\n")
	f.Add("MHP'liler\tU-NORP\nİ\tI-\n\t\n")
	gaz := gazetteer.New(
		&gazetteer.Entry{ID: "Q30", Type: gazetteer.Location, Prior: 0.95, Names: map[string][]string{"tr": {"ABD"}}},
		&gazetteer.Entry{ID: "mhp", Type: gazetteer.Organization, Prior: 0.8, Names: map[string][]string{"tr": {"MHP"}}},
	)
	opts := []Options{
		{},
		{Language: tr.Turkish{}, SplitApostrophes: true, Misc: true, NestedNames: gaz},
		{Language: tr.Turkish{}, NestedNames: gaz},
		{Language: tr.Turkish{}, SplitApostrophes: true, Misc: true, NestedNames: gaz, NorpBodies: true},
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, opt := range opts {
			sents, err := Read(strings.NewReader(in), opt)
			if err != nil {
				continue // a line longer than the scanner's limit
			}
			for _, s := range sents {
				if len(s.Tokens) != len(s.Tags) {
					t.Fatalf("%d tokens, %d tags", len(s.Tokens), len(s.Tags))
				}
				for i, tag := range s.Tags {
					if !wellFormed(s.Tags, i) {
						t.Fatalf("tag %d %q in %q is not IOB2 over the package's types", i, tag, s.Tags)
					}
				}
			}
		}
	})
}

// wellFormed reports whether tags[i] is O, B-T or an I-T after B-T or I-T,
// for T one of the package's types or MISC.
func wellFormed(tags []string, i int) bool {
	tag := tags[i]
	if tag == "O" {
		return true
	}
	prefix, typ, ok := strings.Cut(tag, "-")
	switch annotation.Type(typ) {
	case annotation.Person, annotation.Location, annotation.Organization, annotation.Misc:
	default:
		return false
	}
	switch {
	case !ok:
		return false
	case prefix == "B":
		return true
	case prefix == "I":
		return i > 0 && tags[i-1] != "O" && tags[i-1][2:] == typ
	}
	return false
}
