package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// joinBodyToParentBody joins an organization's mention and the
// organization's mention right after it, with no mark or line break
// between them, into one organization where the second is a body in the
// genitive that the first belongs to, in a language that continues a
// body's name with genitive phrases after its head (lang.OrganizationTails,
// Russian): "Юридический комитет Сената", "Постоянный комитет
// Всекитайского собрания народных представителей", "Генассамблее ООН".
// The first must end in its head noun (or be a compound of one) or in a
// lower-case word of its tail, so that a proper name before a body stays
// apart (Газпром Роснефти); the second must end in a head noun or be an
// acronym, and read as a genitive (genitivePlace: Сената, not Сенату).
// A place right after a body's name that ends in the lower-case noun of a
// division (lang.NameCues' place heads) is joined too, in whatever case
// it stands: it names the division ("Университет штата Луизиана").
// A head noun ending the joined name takes the lower-case words of its
// tail after it (lang.OrganizationTails). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8877 → 0.8887 (Генассамблеи ООН), ten
// sentences a document 0.9029 → 0.9038; held-out FactRuEval (-doc 20)
// 0.8946 → 0.8893 and WikiNER held-out 0.8371 → 0.8369, whose annotations
// split the parent body off (Судейский комитет | ФИФА, Свердловского
// обкома | КПСС, Екатеринбургского комитета | РКП), where
// docs/annotation.md and Universal NER tag the longest name (Юридический
// комитет Сената, the name the tagger split when it opened a sentence).
// The place after a division's noun, with masculine genitives in -а and
// -я in the tails (штата, спорта; not -ла (волейбола, as заявила), -ся, -да, -ва, -ня and the
// other endings of verbs, adverbs and adjectives): NTREX 0.8887 → 0.8893
// (Университет штата Луизиана; the tails alone 0.8884, the university's
// head and tail without the place), -doc 10 0.9038 → 0.9045; FactRuEval
// and WikiNER unchanged.
func joinBodyToParentBody(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	ot := capsOf(l).organizationTails
	if oh == nil || ot == nil {
		return ents
	}
	toks := doc.Tokens
	var norms []string
	out := ents[:0]
	for i := 0; i < len(ents); i++ {
		a := ents[i]
		joined := false
		for i+1 < len(ents) && parentBody(doc, &a, &ents[i+1], oh, l, g) {
			b := &ents[i+1]
			a = doc.Mention(a.First, b.Last, annotation.Organization, a.Score, a.Source+"+rule")
			joined = true
			i++
		}
		if joined && oh.HeadsOrganization(lang.FoldToken(&toks[a.Last-1], l)) {
			limit := min(len(toks), a.Last+maxTailWords)
			if i+1 < len(ents) {
				limit = min(limit, ents[i+1].First)
			}
			norms = norms[:0]
			for k := a.Last; k < limit && lowerCaseWord(&toks[k]); k++ {
				norms = append(norms, lang.FoldToken(&toks[k], l))
			}
			if n := ot.TailLength(norms); n > 0 {
				a = doc.Mention(a.First, a.Last+n, annotation.Organization, a.Score, a.Source)
			}
		}
		out = append(out, a)
	}
	return out
}

// parentBody reports whether b, the mention right after a, is the body
// in the genitive that the organization a belongs to.
func parentBody(doc *annotation.Document, a, b *annotation.Entity, oh lang.OrganizationNameForms, l lang.Language, g *gazetteer.Gazetteer) bool {
	if a.Type != annotation.Organization || b.First != a.Last || b.Type != annotation.Organization && b.Type != annotation.Location ||
		strings.Contains(doc.Text[a.End:b.Start], "\n") {
		return false
	}
	toks := doc.Tokens
	last := &toks[a.Last-1]
	if last.Kind != lang.Word {
		return false
	}
	norm := lang.FoldToken(last, l)
	if b.Type == annotation.Location {
		// A place named after its division's noun, in the case of its own
		// name (Университет штата Луизиана).
		nc := capsOf(l).nameCues
		return nc != nil && a.Last-a.First >= 2 && lowerCaseWord(last) && nc.Cue(norm) == lang.LocHead
	}
	if !lowerCaseWord(last) && !oh.HeadsOrganization(norm) && !oh.CompoundHead(norm) ||
		lowerCaseWord(last) && a.Last-a.First < 2 {
		return false
	}
	bl := &toks[b.Last-1]
	if b.Last-b.First == 1 && acronym(bl.Text) {
		return true
	}
	return bl.Kind == lang.Word && oh.HeadsOrganization(lang.FoldToken(bl, l)) && genitivePlace(doc, b, l, g)
}

// extendPlacedBodies widens an organization's mention that ends in the
// place or the body it belongs to, or in a word of a tail, after a head
// noun inside it, over the phrase after a preposition that goes on with
// the head's name
// (lang.HeadTails, as for a head opening a sentence: only such a phrase,
// only after a body named for a task): "Национальный институт США по
// исследованию рака", "Комитет ООН по правам человека", "Комитет Палаты
// представителей по надзору", where Russian,
// translating "US National Cancer Institute", puts the country before
// the phrase. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule and genitives of four letters in the tails (рака; not пока):
// NTREX Russian dev 0.8893 → 0.8900 (Национальный институт США по
// исследованию рака), ten sentences a document 0.9045 → 0.9051;
// held-out FactRuEval (0.8893) and WikiNER held-out (0.8372) unchanged.
func extendPlacedBodies(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	oh := capsOf(l).organizationNameForms
	ht := capsOf(l).headTails
	if oh == nil || ht == nil {
		return
	}
	toks := doc.Tokens
	var norms []string
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.Last-e.First < 2 || e.Last >= len(toks) || !lowerCaseWord(&toks[e.Last]) ||
			toks[e.Last-1].Kind != lang.Word && !capitalizedWord(&toks[e.Last-1]) {
			continue
		}
		// The name's head: its first head noun, before its last word.
		h := e.First
		for h < e.Last-1 && !(toks[h].Kind == lang.Word && oh.HeadsOrganization(lang.FoldToken(&toks[h], l))) {
			h++
		}
		if h == e.Last-1 || oh.HeadsOrganization(lang.FoldToken(&toks[e.Last-1], l)) {
			continue
		}
		limit := min(len(toks), e.Last+maxHeadTailWords)
		if i+1 < len(ents) {
			limit = min(limit, ents[i+1].First)
		}
		if norms == nil {
			norms = make([]string, 0, maxHeadTailWords)
		}
		norms = tailNorms(doc, e.Last, limit, l, norms[:0])
		if n := ht.HeadTailLength(lang.FoldToken(&toks[h], l), norms, true); n > 0 {
			*e = doc.Mention(e.First, e.Last+n, annotation.Organization, e.Score, e.Source+"+rule")
		}
	}
}
