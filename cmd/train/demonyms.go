package main

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// demonymsAsMisc retags every one-word place or organization mention in
// sents whose word the gazetteer knows as a nationality word (Israeli,
// American: its demonym lists) as MISC, or as O when misc is false, and
// returns how many it retagged. Training sets disagree on them: Re-DocRED
// and the Broad Twitter Corpus tag "Israeli air strikes" and "the American
// public" as places, the news convention the project follows
// (docs/annotation.md) and Universal NER do not, and recognize drops such
// a mention anyway (recognize.demonym). Read as places, they teach the
// tagger that a nationality word is a place, and that the words beside
// one are a place's context. Multi-word mentions (South African, the
// Indian Ocean) are left as they are.
func demonymsAsMisc(sents []annotation.TaggedSentence, g *gazetteer.Gazetteer, l lang.Language, misc bool) int {
	to := "O"
	if misc {
		to = "B-" + string(annotation.Misc)
	}
	n := 0
	for _, s := range sents {
		for i, t := range s.Tags {
			typ, ok := strings.CutPrefix(t, "B-")
			if !ok || typ != string(annotation.Location) && typ != string(annotation.Organization) {
				continue
			}
			if i+1 < len(s.Tags) && s.Tags[i+1] == "I-"+typ {
				continue // more than one word
			}
			if g.IsDemonym(s.Tokens[i].Text, l) {
				s.Tags[i] = to
				n++
			}
		}
	}
	return n
}
