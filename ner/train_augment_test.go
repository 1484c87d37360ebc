package ner

import (
	"strings"
	"testing"
	"unicode"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// sentenceOf builds a tagged sentence of words one space apart, with
// Norms that differ from the texts, as a tokenizer's folding would give.
func sentenceOf(words, tags []string) annotation.TaggedSentence {
	s := annotation.TaggedSentence{Tags: tags}
	off := 0
	for _, w := range words {
		s.Tokens = append(s.Tokens, lang.Token{Text: w, Start: off, End: off + len(w), Kind: lang.Word, Norm: "n:" + w})
		off += len(w) + 1
	}
	return s
}

func TestRecased(t *testing.T) {
	turkishUpper := func(s string) string { return strings.ToUpperSpecial(unicode.TurkishCase, s) }
	for _, tc := range []struct {
		name  string
		f     func(annotation.TaggedSentence, func(string) string) annotation.TaggedSentence
		case_ func(string) string
		words []string
		want  []string
	}{
		{"lower", LowerCased, strings.ToLower,
			[]string{"Dana", "moved", "to", "San", "Diego", "with", "IBM", "."},
			[]string{"dana", "moved", "to", "san", "diego", "with", "ibm", "."}},
		{"lower Cyrillic", LowerCased, strings.ToLower,
			[]string{"Ольга", "живёт", "в", "Твери"},
			[]string{"ольга", "живёт", "в", "твери"}},
		// Go lower-cases İ (two bytes) to i (one): the copy is shorter.
		{"lower shorter", LowerCased, strings.ToLower,
			[]string{"İZMİR", "x"},
			[]string{"izmir", "x"}},
		{"upper Turkish", UpperCased, turkishUpper,
			[]string{"Ayşe", "istasyonda", "bekledi"},
			[]string{"AYŞE", "İSTASYONDA", "BEKLEDİ"}},
		{"empty", LowerCased, strings.ToLower, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tags := make([]string, len(tc.words))
			for i := range tags {
				tags[i] = "O"
			}
			if len(tags) > 0 {
				tags[0] = "B-PER"
			}
			in := sentenceOf(tc.words, tags)
			got := tc.f(in, tc.case_)
			if len(got.Tokens) != len(tc.want) {
				t.Fatalf("%d tokens, want %d", len(got.Tokens), len(tc.want))
			}
			text := strings.Join(tc.want, " ")
			for i, tok := range got.Tokens {
				if tok.Text != tc.want[i] {
					t.Errorf("token %d: %q, want %q", i, tok.Text, tc.want[i])
				}
				if text[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %d: offsets %d:%d give %q, not %q", i, tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
				}
				if tok.Norm != in.Tokens[i].Norm || tok.Kind != in.Tokens[i].Kind {
					t.Errorf("token %d: Norm %q Kind %v, want those of the original", i, tok.Norm, tok.Kind)
				}
				if in.Tokens[i].Text != tc.words[i] {
					t.Errorf("token %d of the original changed to %q", i, in.Tokens[i].Text)
				}
			}
			if strings.Join(got.Tags, " ") != strings.Join(tags, " ") {
				t.Errorf("tags %v, want %v", got.Tags, tags)
			}
		})
	}
}
