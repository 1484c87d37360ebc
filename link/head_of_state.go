package link

import (
	"context"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// AddShortMentionsContext is the package's AddShortMentionsContext, then
// adds the surnames of heads of state that the gazetteer knows
// (addHeadOfStateSurnames): the short mentions whose full name is not in
// the document but in the gazetteer.
func (x *Linker) AddShortMentionsContext(ctx context.Context, doc *annotation.Document, l lang.Language) error {
	if doc == nil || l == nil {
		return ctx.Err()
	}
	stop := checkpoint.New(ctx)
	noted := noteTokens(doc) // the adding of mentions changes no token
	defer noted.release()
	addShortMentions(doc, l, noted, stop)
	if stop.Now() || x.gaz == nil {
		return stop.Err()
	}
	x.addHeadOfStateSurnames(doc, l, noted.capitals, stop)
	return stop.Err()
}

// minHeadOfStateSurname is the least number of letters of a surname that
// addHeadOfStateSurnames tags: shorter ones are as often a word or another
// person's name (Ли, Си, Ким, Дан, Bio, Man).
const minHeadOfStateSurname = 4

// addHeadOfStateSurnames tags as a PERSON a capitalized word (one of
// capitals, see notedTokens) outside every entity that is the surname of
// exactly one head of state in the gazetteer, inflected or not, as
// personBySurname reads it (Трамп, Трампа), and names nothing else there. A tagger sees one sentence at a time and has learnt
// that a sentence's first word is most often no name, so it misses such a
// surname there (Трамп считает, что ...), while Link would give the
// mention the head of state's ID. Heads of state only, as Link's own use
// of a surname typed otherwise: lesser office holders' surnames are too
// often a company's or a word's. The word must not be part of a longer
// untagged name: no capitalized word outside entities follows it, nor
// precedes it but at a sentence's start. The mentions get Source "link"
// and the entry's prior as their score. Only for a language whose names
// inflect (lang.InflectedNames): the rule was measured to help only there
// (NTREX Russian dev 0.7814 → 0.7834; Turkish and English dev unchanged),
// and elsewhere it only cost building the surname index for every first
// document, 5 ms of tag's start-up on one Turkish sentence.
func (x *Linker) addHeadOfStateSurnames(doc *annotation.Document, l lang.Language, capitals []int, stop *checkpoint.Every) {
	if inf, ok := l.(lang.InflectedNames); !ok || !inf.InflectsNames() {
		return
	}
	ix := x.surnameIndex(l)
	if len(ix) == 0 {
		return
	}
	if len(capitals) == 0 {
		return
	}
	// The capitals inside mentions, seven in ten of those long enough in
	// the Russian news of BenchmarkExtract, are left out before the
	// surname index is asked about them, up to three times each.
	covered := coveredTokens(doc)
	var sentStart []bool // once a word may be a surname: most texts have none
	freeCapital := func(t int) bool {
		return t >= 0 && t < len(doc.Tokens) && !covered[t] && capitalWord(&doc.Tokens[t])
	}
	var added []annotation.Entity
	for _, t := range capitals {
		if stop.Done() {
			return
		}
		tk := &doc.Tokens[t]
		if covered[t] || lang.RuneCount(tk.Text) < minHeadOfStateSurname || !maySurname(ix, lang.FoldToken(tk, l)) {
			continue // most words: no lookup, no analysis
		}
		if sentStart == nil {
			sentStart = sentenceStarts(doc)
		}
		if freeCapital(t+1) || !sentStart[t] && freeCapital(t-1) && !sentStart[t-1] {
			continue
		}
		id := x.personByFoldedSurname(l, lang.FoldToken(tk, l))
		if id == "" {
			continue
		}
		if e := x.gaz.ByID(id); e == nil || e.Subtype != "head_of_state" || len(x.gaz.Lookup(tk.Text, "")) > 0 ||
			namesOtherEntry(x.gaz, doc.Tokens[t:t+1], l) {
			continue
		}
		added = append(added, doc.Mention(t, t+1, annotation.Person, x.gaz.ByID(id).Prior, "link"))
	}
	doc.Entities = mention.MergeByStart(doc.Entities, added)
}

// namesOtherEntry reports whether the gazetteer matches the one token of
// toks, through its inflection too, as a name of anything but a person:
// России is Россия's genitive before it is Росси's (Matteo Rossi).
func namesOtherEntry(g *gazetteer.Gazetteer, toks []lang.Token, l lang.Language) bool {
	for _, m := range g.Match(toks, l) {
		for _, e := range m.Candidates {
			if e.Type != gazetteer.Person {
				return true
			}
		}
	}
	return false
}

// maySurname reports whether the surname index holds folded or folded
// less one or two trailing letters (a case ending: трампом → трамп): a
// cheap test before personBySurname analyzes the word.
func maySurname(ix surnameIndex, folded string) bool {
	if _, ok := ix[folded]; ok {
		return true
	}
	w := folded
	for range 2 {
		_, size := lang.DecodeLastRune(w)
		if w = w[:len(w)-size]; w == "" {
			return false
		}
		if _, ok := ix[w]; ok {
			return true
		}
	}
	return false
}
