package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxPlayerWords is how many capitalized words a player's name before a
// noun of play may have (Ovie Ejaria strike).
const maxPlayerWords = 2

// addPlayerActs adds as a person the capitalized words no mention holds
// right before a noun of a player's play in a sentence about a match
// (lang.PlayerActs; sports: lang.SportsWords or a score): "Menga strike
// gives Livingston 1-0 win", "Menga goal downs Gerrard 's men", "a tame
// Ovie Ejaria strike". A match report names a player by surname once the
// full name is given, and a tagger that sees one sentence misses it. The
// name is one or two words, no acronym, after no other capitalized word
// (a longer name is not guessed at) but at the sentence's opening, and its
// first word is no pronoun, determiner or day, nor at the opening a
// plural (lang.Speakers: That goal came, Workers strike). A club named so is one the tagger or the gazetteer already found
// (a Livingston goal): a mention holds it. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8355 → 0.8367 (Menga strike,
// Menga goal, Ovie Ejaria strike), crosslingual dev 720 → 721 of 1038
// entities with one ID in tr, en and ru; UNER EWT dev unchanged (0.7414);
// Turkish and Russian implement no lang.PlayerActs. "a deep Jacobs
// set-piece" stays missed: its sentence has no sports word or score.
func addPlayerActs(doc *annotation.Document, ents []annotation.Entity, l lang.Language, sports []bool) []annotation.Entity {
	pa := capsOf(l).playerActs
	sp := capsOf(l).speakers
	if pa == nil || sp == nil || sports == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after the name's first token
	for si, s := range doc.Sentences {
		if !sports[si] {
			continue
		}
		for i := s.First + 1; i < s.Last; i++ {
			if toks[i].Kind != lang.Word || !pa.PlayerAct(lang.FoldToken(&toks[i], l)) {
				continue
			}
			first := i
			for first > s.First && i-first < maxPlayerWords && toks[first-1].Kind == lang.Word &&
				lang.StartsUpper(toks[first-1].Text) && !isAcronym(toks[first-1].Text) {
				first--
			}
			if first == i || first > s.First && capitalizedWord(&toks[first-1]) ||
				sp.NotSpeaker(lang.FoldToken(&toks[first], l), opensSentence(toks, doc.Sentences, si, first)) {
				continue
			}
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			if j < len(ents) && ents[j].First < i {
				continue // a mention holds a word of the name
			}
			if m := doc.Mention(first, i, annotation.Person, 0.5, "rule"); plausible(&m) {
				added = append(added, m)
			}
		}
	}
	return mention.MergeByStart(ents, added)
}
