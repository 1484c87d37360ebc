package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxSeatWords is the most words of a seat's name after a legal form.
const maxSeatWords = 4

// placesAfterLegalForms adds the place a company is said to be based in
// right after its name ends in a legal form (lang.LegalForms) and a seat
// preposition (lang.SeatPrepositions: "Google , Inc. of Mountain View",
// "Toyota Motor Corp of Japan"): companiesByLegalForm cuts such a mention
// after its form, and the place, which the tagger took into the company's
// name, is left out (or read as a speaker before "said"). The longest run
// of Title-case words (up to maxSeatWords) after the preposition that the
// gazetteer knows as a place becomes a place's mention; a person's mention
// the gazetteer does not know over exactly that run is retyped. ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7723 → 0.7729 (Google , Inc. of
// Mountain View); NTREX English dev (0.8651, -doc 10 0.8881), GUM dev,
// re3d, BTC and WNUT-17 dev, the SEC filings and NTREX English dev
// upper-cased unchanged. Written for agency business news, whose company
// names often carry their seat (the sentences of the test).
func placesAfterLegalForms(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	sp := capsOf(l).seatPrepositions
	lf := capsOf(l).legalForms
	if sp == nil || lf == nil || g == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	for i := range ents {
		e := &ents[i]
		k := e.Last // the preposition
		if e.Type != annotation.Organization || k+1 >= len(toks) || !lf.LegalForm(toks[k-1].Text) || toks[k].Kind != lang.Word ||
			!sp.SeatPreposition(lang.FoldToken(&toks[k], l)) {
			continue
		}
		end, last := k+1, sentenceLast(doc, k)
		for end < last && end-k <= maxSeatWords && titleCaseWord(&toks[end]) {
			end++
		}
		var next *annotation.Entity
		if i+1 < len(ents) && ents[i+1].First < end {
			next = &ents[i+1]
		}
		// The longest run the gazetteer ranks first as a place; the whole
		// run if the gazetteer knows no entry of it at all.
		full := end
		var place *gazetteer.Entry
		for ; end > k+1; end-- {
			entries := g.Lookup(doc.Text[toks[k+1].Start:toks[end-1].End], "")
			if place = placeEntry(entries); place != nil || end == full && len(entries) == 0 {
				break
			}
		}
		if end == k+1 {
			continue
		}
		id, canonical := "", ""
		if place != nil {
			id, canonical = place.ID, place.Name(l.Code())
		}
		switch {
		case next == nil:
			m := doc.Mention(k+1, end, annotation.Location, e.Score, "rule")
			m.ID, m.Canonical = id, canonical
			added = append(added, m)
		case next.First == k+1 && next.Last == end && next.Type == annotation.Person && next.ID == "":
			next.Type, next.ID, next.Canonical = annotation.Location, id, canonical
			next.Source += "+rule"
		}
	}
	return mention.MergeByStart(ents, added)
}
