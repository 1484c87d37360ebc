package ner

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

func TestNameBeforeCommonWords(t *testing.T) {
	party := &gazetteer.Entry{ID: "dsp", Type: gazetteer.Organization, Prior: 0.8}
	city := &gazetteer.Entry{ID: "ankara", Type: gazetteer.Location, Prior: 0.9}
	// Tokens: DSP barajı Kurulu aştı — classes set by hand.
	attrs := []tokenAttrs{{cls: clsAllCaps}, {cls: clsLower}, {cls: clsInitCap}, {cls: clsLower}}
	match := func(e *gazetteer.Entry) gazetteer.Match {
		return gazetteer.Match{First: 0, Last: 1, Candidates: []*gazetteer.Entry{e}}
	}
	tests := []struct {
		name string
		span annotation.Span
		mt   gazetteer.Match
		want annotation.Span
		ok   bool
	}{
		{"MISC over an organization and common words", annotation.Span{First: 0, Last: 2, Type: annotation.Misc}, match(party),
			annotation.Span{First: 0, Last: 1, Type: annotation.Organization, Score: 0.3 + 0.4*party.Prior}, true},
		{"a capitalized word inside", annotation.Span{First: 0, Last: 3, Type: annotation.Misc}, match(party), annotation.Span{First: 0, Last: 3, Type: annotation.Misc}, false},
		{"not MISC", annotation.Span{First: 0, Last: 2, Type: annotation.Location}, match(party), annotation.Span{First: 0, Last: 2, Type: annotation.Location}, false},
		{"not an organization", annotation.Span{First: 0, Last: 2, Type: annotation.Misc}, match(city), annotation.Span{First: 0, Last: 2, Type: annotation.Misc}, false},
		{"the match is the span", annotation.Span{First: 0, Last: 1, Type: annotation.Misc}, match(party),
			annotation.Span{First: 0, Last: 1, Type: annotation.Organization, Score: 0.3 + 0.4*party.Prior}, true},
		{"the match is longer than the span", annotation.Span{First: 0, Last: 1, Type: annotation.Misc},
			gazetteer.Match{First: 0, Last: 2, Candidates: []*gazetteer.Entry{party}}, annotation.Span{First: 0, Last: 1, Type: annotation.Misc}, false},
	}
	for _, tt := range tests {
		sp := tt.span
		if ok := nameBeforeCommonWords(&sp, tt.mt, attrs); ok != tt.ok || sp != tt.want {
			t.Errorf("%s: got %+v, %v; want %+v, %v", tt.name, sp, ok, tt.want, tt.ok)
		}
	}
}

func TestPlausibleName(t *testing.T) {
	common := uint16(CommonWord)
	tests := []struct {
		name  string
		attrs []tokenAttrs
		want  bool
	}{
		{"lower case", []tokenAttrs{{cls: clsLower}}, false},
		{"capitals at the start", []tokenAttrs{{cls: clsAllCaps, first: true, lex: common}}, true},
		{"a capitalized common word inside a sentence (Meclis)", []tokenAttrs{{cls: clsInitCap, lex: common | 2}}, true},
		{"a common word at the start (Ama)", []tokenAttrs{{cls: clsInitCap, first: true, lex: common}}, false},
		{"an unknown word at the start", []tokenAttrs{{cls: clsInitCap, first: true}}, true},
		{"at the start, a word rarely capitalized elsewhere", []tokenAttrs{{cls: clsInitCap, first: true, lex: 2}}, false},
		{"at the start, a word usually capitalized elsewhere", []tokenAttrs{{cls: clsInitCap, first: true, lex: 6}}, true},
		{"two words at the start, the first common (Beyaz Saray)",
			[]tokenAttrs{{cls: clsInitCap, first: true, lex: common}, {cls: clsInitCap}}, true},
	}
	for _, tt := range tests {
		if got := plausibleName(tt.attrs, 0, len(tt.attrs)); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRetype(t *testing.T) {
	media := &gazetteer.Entry{ID: "spiegel", Type: gazetteer.Organization, Prior: 0.7}
	agency := &gazetteer.Entry{ID: "xinhua", Type: gazetteer.Organization, Prior: 0.85}
	city := &gazetteer.Entry{ID: "nice", Type: gazetteer.Location, Prior: 0.7}
	match := func(first, last int, es ...*gazetteer.Entry) gazetteer.Match {
		return gazetteer.Match{First: first, Last: last, Candidates: es}
	}
	for _, tt := range []struct {
		name string
		span annotation.Span
		mt   gazetteer.Match
		want annotation.Type
	}{
		{"two tokens, an unsure model, a prior of 0.7", annotation.Span{First: 0, Last: 2, Type: annotation.Person, Score: 0.38}, match(0, 2, media), annotation.Organization},
		{"one token needs 0.8", annotation.Span{First: 0, Last: 1, Type: annotation.Person, Score: 0.38}, match(0, 1, city), annotation.Person},
		{"one token of 0.85", annotation.Span{First: 0, Last: 1, Type: annotation.Location, Score: 0.4}, match(0, 1, agency), annotation.Organization},
		{"a sure model", annotation.Span{First: 0, Last: 2, Type: annotation.Person, Score: 0.6}, match(0, 2, media), annotation.Person},
		{"candidates of two types", annotation.Span{First: 0, Last: 2, Type: annotation.Person, Score: 0.3}, match(0, 2, media, city), annotation.Person},
		{"another span", annotation.Span{First: 0, Last: 3, Type: annotation.Person, Score: 0.3}, match(0, 2, media), annotation.Person},
		{"MISC stays", annotation.Span{First: 0, Last: 2, Type: annotation.Misc, Score: 0.3}, match(0, 2, media), annotation.Misc},
	} {
		sp := tt.span
		if retype(&sp, tt.mt); sp.Type != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, sp.Type, tt.want)
		}
	}
}
