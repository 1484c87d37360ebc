package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// splitAtHonorific makes a person of the capitalized words after an
// abbreviated honorific (lang.PersonTitle with its dot: Sen., Dr., Rev.)
// inside a mention of another type (an honorific written out may be a
// word of the name: İmam Hatip Lisesi, Beşiktaş Bayan Basketbol Takımı):
// the tagger at times reads a party or a state with the title and name
// after it as one organization (Democratic Sen. Chris Coons), where an
// honorific always opens a person's name. What comes
// before the honorific stays a mention of its own only where the
// gazetteer knows it, with the entry's type (Arizona Sen. Jeff Flake);
// an adjective (Democratic) is dropped. A person's mention with such an
// honorific inside holds two people (Sonic Dr. Eggman'i): the capitalized
// words before it stay a person of their own, and a title, other words
// or a lone dictionary word before it go (Undersecretary for Education
// Mr. Toccafondi, Dear Mr. Coons). The person
// mention keeps the tagger's score. A saint's abbreviation (lang.SaintWords:
// St.) inside a place's or an organization's mention is the name's own
// (Lake St. Louis, St. Martin / St. Maarten), not a title. ents are sorted
// and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with: NTREX
// English dev, ten lines a document, 0.8719 → 0.8725, one line 0.8483 →
// 0.8490 (Democratic Sen. Chris Coons); UNER EWT dev unchanged (0.7463);
// NTREX Turkish and Russian dev, the Milliyet dev split and Turkish Wiki
// NER dev unchanged once honorifics written out and names ending in an
// organization's head word are left alone. People's mentions too: Turkish
// Wiki NER dev 0.7992 → 0.7996 (Sonic Dr. Eggman'i), NTREX English dev
// 0.8863 → 0.8866, ten lines a document 0.9095 → 0.9099 (a lone dictionary
// word before the title left out: 0.9096 with it); GUM's training part (silver)
// 0.8656 → 0.8653 (Undersecretary for Education Mr. Toccafondi); the
// other dev sets unchanged.
func splitAtHonorific(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	cues := capsOf(l).nameCues
	if cues == nil {
		return ents
	}
	saints := capsOf(l).saintWords
	toks := doc.Tokens
	out := ents[:0] // never longer than the mentions read: the people split off go to added
	var added []annotation.Entity
	for _, e := range ents {
		at := -1 // the honorific's token
		for k := e.First + 1; k < e.Last-1 && at < 0; k++ {
			if (toks[k].Kind == lang.Word || toks[k].Kind == lang.Abbreviation) && cues.Cue(lang.FoldToken(&toks[k], l)) == lang.PersonTitle &&
				!(e.Type != annotation.Person && saints != nil && saints.SaintWord(lang.FoldToken(&toks[k], l)) != "") {
				at = k
			}
		}
		if at < 0 {
			out = append(out, e)
			continue
		}
		name := at + 1
		dotted := strings.HasSuffix(toks[at].Text, ".")
		if name < e.Last && toks[name].Text == "." {
			name, dotted = name+1, true // an honorific whose dot the tokenizer split off: Sen .
		}
		if !dotted || name >= e.Last || !capitalizedRun(toks[name:e.Last]) || namesBody(toks[e.Last-1], l, cues) {
			out = append(out, e)
			continue
		}
		before := doc.Mention(e.First, at, e.Type, e.Score, e.Source)
		if e.Type == annotation.Person {
			if capitalizedRun(toks[e.First:at]) && !(at-e.First == 1 && dictionaryWord(lang.FoldToken(&toks[e.First], l), l)) &&
				!endsInTitle(toks[e.First:at], l, cues) {
				out = append(out, before) // two people: Sonic Dr. Eggman'i
			}
		} else if g != nil {
			if es := g.Lookup(before.Text, l.Code()); len(es) > 0 {
				before.Type, before.ID, before.Canonical = annotation.Type(es[0].Type), es[0].ID, es[0].Name(l.Code())
				out = append(out, before)
			}
		}
		added = append(added, doc.Mention(name, e.Last, annotation.Person, e.Score, e.Source))
	}
	return mention.MergeByStart(out, added)
}

// namesBody reports whether t, a mention's last word, is the head of an
// organization's or a place's name (lang.OrgHead, lang.LocHead): the
// honorific before it is then part of a name given after a person (İmam
// Hatip Lisesi, Beşiktaş Bayan Basketbol Takımı, Dr. Siyami Ersek
// Hastanesi).
func namesBody(t lang.Token, l lang.Language, cues lang.NameCues) bool {
	return headNoun(cues.Cue(lang.FoldToken(&t, l)))
}

// capitalizedRun reports whether every token of toks is a capitalized word.
func capitalizedRun(toks []lang.Token) bool {
	for i := range toks {
		if toks[i].Kind != lang.Word || !lang.StartsUpper(toks[i].Text) {
			return false
		}
	}
	return len(toks) > 0
}

// endsInTitle reports whether the last word of toks is a title or a role
// (lang.PersonTitles, lang.NameCues: Sağlık Bakanı Dr. Fahrettin Koca),
// which no person's name ends in.
func endsInTitle(toks []lang.Token, l lang.Language, cues lang.NameCues) bool {
	norm := lang.FoldToken(&toks[len(toks)-1], l)
	if pt := capsOf(l).personTitles; pt != nil && pt.TitleBeforeName(norm) {
		return true
	}
	c := cues.Cue(norm)
	return c == lang.PersonRole || c == lang.PersonTitle
}
