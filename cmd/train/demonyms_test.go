package main

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

func TestDemonymsAsMisc(t *testing.T) {
	l, ok := lang.Get("en")
	if !ok {
		t.Skip("no English registered")
	}
	g := gazetteer.Default()
	for _, c := range []struct {
		name, words, tags string
		misc              bool
		want              string
		n                 int
	}{
		{"a nationality word read as a place becomes MISC", "the Israeli air strikes", "O B-LOCATION O O", true,
			"O B-MISC O O", 1},
		{"or O without -misc", "the American public", "O B-ORGANIZATION O", false, "O O O", 1},
		{"a country's name stays a place", "in Israel today", "O B-LOCATION O", true, "O B-LOCATION O", 0},
		{"a multi-word name keeps its nationality word", "the Indian Ocean", "O B-LOCATION I-LOCATION", true,
			"O B-LOCATION I-LOCATION", 0},
		{"a person is left as tagged", "Mr French said", "O B-PERSON O", true, "O B-PERSON O", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			words := strings.Fields(c.words)
			s := annotation.TaggedSentence{Tags: strings.Fields(c.tags)}
			for _, w := range words {
				s.Tokens = append(s.Tokens, lang.Token{Text: w, Kind: lang.Word})
			}
			n := demonymsAsMisc([]annotation.TaggedSentence{s}, g, l, c.misc)
			if got := strings.Join(s.Tags, " "); got != c.want || n != c.n {
				t.Errorf("got %q (%d retagged), want %q (%d)", got, n, c.want, c.n)
			}
		})
	}
}
