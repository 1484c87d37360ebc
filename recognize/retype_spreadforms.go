package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/memo"
	"github.com/varlik/varlik/lang"
)

// spreadOrganizationForms makes a person or place mention of two or more
// words an organization when an organization's mention in the same
// document, scored higher, has as many words and each pair of words
// shares a reading (Language.Analyze): the tagger reads the radio in
// «Голоса Америки» (0.92) but the place in "Голос Америки :" opening each
// turn of the interview (0.50). The score keeps a headline's doubtful
// organization from spreading ("Wayde Sims shooting :" 0.26 against the
// person's 0.34). A mention the gazetteer knows as a country, continent,
// region or territory keeps its type, as in spreadOrganizations.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the
// rule: held-out FactRuEval (-lang ru -doc 20) 0.8505 → 0.8557 (Голос
// Америки three times; the other four stand in the next 20 sentences,
// apart from «Голоса Америки»); NTREX Russian, English and Turkish dev
// unchanged, one sentence a document and ten (-doc 10). Without the score
// check, NTREX English dev (-doc 10) fell 0.8045 → 0.8032 and Russian
// 0.8102 → 0.8096 (Wayde Sims, Nottingham East).
func spreadOrganizationForms(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	// Organizations and candidates are taken once per name: a long
	// document names the same ones again and again, and comparing every
	// mention with every organization's mention was quadratic (a 5.5 MB
	// document of repeated news spent half its time here).
	type name struct {
		text  string
		words int
	}
	type org struct {
		words [][]lang.Analysis // the readings of each word
		score float64           // the highest of its mentions
	}
	if !sameLengthCandidate(ents) {
		return
	}
	analyze := func(k int) []lang.Analysis { return analyzeWord(lang.FoldToken(&doc.Tokens[k], l), l) }
	// readings returns the readings of each of e's words, those of its
	// first word given.
	readings := func(e *annotation.Entity, first []lang.Analysis) [][]lang.Analysis {
		words := append(make([][]lang.Analysis, 0, e.Last-e.First), first)
		for k := e.First + 1; k < e.Last; k++ {
			words = append(words, analyze(k))
		}
		return words
	}
	// Made at the first organization of two words or more: most
	// documents, a line of news, have none.
	var orgs map[name]*org
	var byFirst map[string][]*org // a reading of an organization's first word → the organizations
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.Last-e.First < 2 {
			continue
		}
		n := name{e.Text, e.Last - e.First}
		if o := orgs[n]; o != nil {
			o.score = max(o.score, e.Score)
			continue
		}
		if orgs == nil {
			orgs, byFirst = map[name]*org{}, map[string][]*org{}
		}
		o := &org{readings(e, analyze(e.First)), e.Score}
		orgs[n] = o
		for _, a := range o.words[0] {
			if known := byFirst[a.Stem]; len(known) == 0 || known[len(known)-1] != o { // readings may share a stem
				byFirst[a.Stem] = append(known, o)
			}
		}
	}
	if len(orgs) == 0 {
		return
	}
	best := map[name]float64{} // a person's or place's name → the highest score of an organization it reads as; -1 for none
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person && e.Type != annotation.Location || e.Last-e.First < 2 || wideArea(e.ID, g) {
			continue
		}
		n := name{e.Text, e.Last - e.First}
		b, ok := best[n]
		if !ok {
			b = -1
			first := analyze(e.First)
			var words [][]lang.Analysis // the other words' too, read once an organization shares a first stem
			for r, a := range first {
				if sharesStem(first[:r], a) {
					continue
				}
				for _, o := range byFirst[a.Stem] {
					if o.score <= b {
						continue
					}
					if words == nil {
						words = readings(e, first)
					}
					if sameReadings(words, o.words) {
						b = o.score
					}
				}
			}
			best[n] = b
		}
		if b > e.Score {
			toOrganization(e)
		}
	}
}

// sameLengthCandidate reports whether ents hold a person's or a place's
// mention of two words or more and an organization's of as many words:
// spreadOrganizationForms retypes only such a mention (its readings must
// pair with an organization's word by word, sameReadings), so a document
// with none is left before the organizations' readings are gathered: two
// maps and the analyses of their words, made for every document that had
// an organization of two words. The test reads no more than the
// mentions' types and lengths, which the rule reads first.
func sameLengthCandidate(ents []annotation.Entity) bool {
	var orgs, others uint64 // bit n: a mention of n words, up to 63 (longer ones all at bit 63)
	for i := range ents {
		e := &ents[i]
		n := e.Last - e.First
		if n < 2 {
			continue
		}
		bit := uint64(1) << min(n, 63)
		switch e.Type {
		case annotation.Organization:
			orgs |= bit
		case annotation.Person, annotation.Location:
			others |= bit
		}
	}
	return orgs&others != 0
}

// wordAnalyses memoizes analyzeWord's readings by the language's code and
// the word, across documents: news names the same people, places and
// bodies from one document to the next, and a Turkish word's analysis
// walks its suffixes. The readings are shared: read only.
var wordAnalyses = memo.New[[]lang.Analysis]()

// analyzeWord returns l.Analyze(norm), from wordAnalyses where it holds it.
func analyzeWord(norm string, l lang.Language) []lang.Analysis {
	var buf [64]byte // the key, on the stack for most words
	key := append(append(append(buf[:0], l.Code()...), 0), norm...)
	return wordAnalyses.Get(key, func() []lang.Analysis { return l.Analyze(norm) })
}

// sameReadings reports whether a and b have as many words and each pair
// shares a reading's stem. A word has few readings, which loops compare
// quicker than sets would be made.
func sameReadings(a, b [][]lang.Analysis) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !slices.ContainsFunc(a[i], func(x lang.Analysis) bool { return sharesStem(b[i], x) }) {
			return false
		}
	}
	return true
}

// sharesStem reports whether one of as has a's stem.
func sharesStem(as []lang.Analysis, a lang.Analysis) bool {
	return slices.ContainsFunc(as, func(b lang.Analysis) bool { return b.Stem == a.Stem })
}
