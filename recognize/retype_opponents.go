package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// teamsFacingOpponents makes a one-word person or place mention an
// organization in a sentence of a sports report (lang.SportsWords) when the
// word after it, or after its case ending, makes it the side played against
// (lang.OpponentWords: "Napoli 'ye karşı oynayacak", "Rockies 'e karşı",
// "Videoton 'la karşılaşacak"): a team, where the tagger reads a town or a
// surname. A player is named with a first name ("Tiger Woods 'a karşı"),
// so only one word; a place the gazetteer knows as a country, continent,
// region or territory keeps its type (a national team is a place in news
// annotation). It returns the texts of the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8514 → 0.8520 (Napoli, Rockies), -doc 10 0.8675 →
// 0.8694; Turkish Wiki NER dev, the Milliyet dev split, NTREX English and
// Russian dev unchanged (0.7804, 0.8468, 0.7818, 0.7814).
//
// sports holds sportsSentences(doc, l).
func teamsFacingOpponents(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool) (names []string) {
	ow := capsOf(l).opponentWords
	if sports == nil || ow == nil {
		return nil
	}
	toks := doc.Tokens
	for si, j := range sentenceMentions(doc.Sentences, ents) {
		s, e := doc.Sentences[si], &ents[j]
		if e.Last-e.First != 1 || e.Type != annotation.Person && e.Type != annotation.Location {
			continue
		}
		next := e.Last
		if next < s.Last && toks[next].Kind == lang.Suffix {
			next++
		}
		// The opponent word first: wideArea decodes the mention's
		// gazetteer entry.
		if next >= s.Last || toks[next].Kind != lang.Word || !ow.Opposes(lang.FoldToken(&toks[next], l)) ||
			!(e.Type == annotation.Person && e.ID == "" || e.Type == annotation.Location && !wideArea(e.ID, g)) {
			continue
		}
		if sports[si] {
			toOrganization(e)
			names = append(names, e.Text)
		}
	}
	return names
}
