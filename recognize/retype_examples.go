package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// examplesOfKinds makes organizations of the names listed as examples
// after the plural noun of a kind of organization (lang.OrganizationKinds:
// "brands such as Revlon , Essie , Tweezerman and Dr. PawPaw", "sites such
// as Gateway Pundit and RedState"): a person or place mention among them
// is retyped, unless the gazetteer knows it as a country, continent,
// region or territory, and a run of capitalized words that no mention
// holds is added. The list is the names after the noun and its
// introducing words (a comma may come between), joined by commas and the
// language's coordinating words (lang.FunctionWords); it ends at the first
// other token. Without an introducing word, two names joined by a
// coordinating word right after the plural, itself after a definite
// article, are its apposition and listed the same way ("the discounters
// Aldi and Lidl": NTREX English dev 0.8695 → 0.8709, -doc 10 0.8933 →
// 0.8947, with discounters added to the English kinds; UNER EWT dev, GUM
// dev, re3d, WNUT-17 and BTC dev unchanged; a clause after the plural,
// "the firms Smith and Jones founded", would be misread the same way: a
// known risk, which moved no score on those sets). ents are sorted and non-overlapping, and
// stay so. It returns the texts of the mentions it retyped or added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.7985 → 0.8026 (Revlon, Essie, Tweezerman, Boots, La
// Roche-Posay, Vichy, Gateway Pundit, RedState), Universal NER EWT dev
// 0.7334 → 0.7351 (Scharffen Berger, TCHO). Russian (магазинами , такими
// как Алди и Лидл): NTREX Russian dev 0.8776 → 0.8789, held-out FactRuEval
// dev (-doc 20) unchanged at 0.8946.
func examplesOfKinds(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases, cues wordCues) (_ []annotation.Entity, names []string) {
	kinds := capsOf(l).organizationKinds
	if kinds == nil {
		return ents, nil
	}
	fw := capsOf(l).functionWords
	da := capsOf(l).definiteArticles
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the current token
	for i := 0; i < len(toks); i++ {
		if i = nextKindNoun(toks, i, cases, cues); i == len(toks) {
			break
		}
		k := i + 1
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		// The introducing word is asked about first: it is one of a
		// handful, and the noun of a kind may take many endings
		// (Russian's stems), a dearer question to put to every word.
		if k == len(toks) || toks[k].Kind != lang.Word || cues.of[k]&lang.IntroducesExamplesCue == 0 ||
			!kinds.OrganizationKind(lang.FoldToken(&toks[i], l)) {
			if !pairAfterKind(toks, ents, j, i, kinds, fw, da, l, cases) {
				continue
			}
			k = i + 1
		} else {
			intro := k
			for k < len(toks) && toks[k].Kind == lang.Word {
				norm := lang.FoldToken(&toks[k], l)
				if !kinds.IntroducesExamples(norm) && (k == intro || !kinds.CompletesIntroduction(norm)) {
					break
				}
				k++
			}
		}
		for k < len(toks) {
			for j < len(ents) && ents[j].Last <= k {
				j++
			}
			var end int
			switch {
			case j < len(ents) && ents[j].First == k:
				e := &ents[j]
				if (e.Type == annotation.Person || e.Type == annotation.Location) && !wideArea(e.ID, g) {
					toOrganization(e)
					names = append(names, e.Text)
				}
				end = e.Last
			case cases.capitalized(k) && (j == len(ents) || ents[j].First > k):
				end = capitalizedRunEnd(toks, ents, j, k, cases)
				if j < len(ents) && ents[j].First == end {
					k = end // a word before a mention (Dr. PawPaw): the mention is the name
					continue
				}
				added = append(added, doc.Mention(k, end, annotation.Organization, 0.5, "rule"))
				names = append(names, added[len(added)-1].Text)
			}
			if end == 0 {
				break
			}
			next, more := listNext(toks, end, fw, l)
			if !more {
				k = end
				break
			}
			k = next
		}
		i = k - 1
	}
	return mention.MergeByStart(ents, added), names
}

// nextKindNoun returns the first token from i on that may be the noun of
// a kind before its examples (see examplesOfKinds), or len(toks): a
// lower-case word before a capitalized one (pairAfterKind), or a word
// before a word that introduces examples (a comma may come between). Most
// words are neither: it goes from one capitalized word to the next, then
// from one introducing word to the next (cues are toks' wordCues, whose
// bit tells such a word: lang.OrganizationKinds), where it tested every
// token; a document with no introducing word (their union tells: most
// documents of a line) has no second walk.
func nextKindNoun(toks []lang.Token, i int, cases wordCases, cues wordCues) int {
	noun := len(toks)
	for c := cases.next(i+1, len(toks), capitalizedCase); c < len(toks); c = cases.next(c+1, len(toks), capitalizedCase) {
		if cases.lower(c - 1) { // a lowerCaseWord: a Word
			noun = c - 1
			break
		}
	}
	if !cues.has(lang.IntroducesExamplesCue) {
		return noun
	}
	// The word before an introducing word at q is q-1, or q-2 over a
	// comma: it grows with q, so the first one found from i on is the
	// least, and none from noun+2 on comes before noun.
	end := min(len(toks), noun+2)
	for q := cues.next(i+1, end, lang.IntroducesExamplesCue); q < end; q = cues.next(q+1, end, lang.IntroducesExamplesCue) {
		w := q - 1
		if toks[w].Text == "," {
			w--
		}
		if w >= i && toks[w].Kind == lang.Word && toks[q].Kind == lang.Word {
			return min(w, noun)
		}
	}
	return noun
}

// listNext returns the index after the separator at i that joins another
// name to a list (a comma, a coordinating word, or a comma and one), and
// whether one does.
func listNext(toks []lang.Token, i int, fw lang.FunctionWords, l lang.Language) (int, bool) {
	switch {
	case i < len(toks) && toks[i].Text == ",":
		if i+1 < len(toks) && joinsNames(&toks[i+1], fw, l) {
			return i + 2, true
		}
		return i + 1, true
	case i < len(toks) && joinsNames(&toks[i], fw, l):
		return i + 1, true
	}
	return i, false
}

// joinsNames reports whether t is a lower-case word that coordinates two
// names (lang.FunctionWords).
func joinsNames(t *lang.Token, fw lang.FunctionWords, l lang.Language) bool {
	return fw != nil && lowerCaseWord(t) && fw.JoinsNames(lang.FoldToken(t, l))
}

// capitalizedRunEnd returns the end of the run of capitalized words that
// starts at token k and holds no mention: ents[j] is the first mention
// that ends after k.
func capitalizedRunEnd(toks []lang.Token, ents []annotation.Entity, j, k int, cases wordCases) int {
	end := k + 1
	for end < len(toks) && cases.capitalized(end) && (j == len(ents) || ents[j].First > end) {
		end++
	}
	return end
}

// pairAfterKind reports whether the plural noun of a kind of organization
// at token i, after a definite article, is followed right away by two
// names joined by a coordinating word, its apposition ("the discounters
// Aldi and Lidl"): each a mention or a capitalized word no mention holds.
// ents[j] is the first mention that ends after token i; da is l's
// definite articles. examplesOfKinds asks it of many words: the words' case
// is tested before the language is asked about them.
func pairAfterKind(toks []lang.Token, ents []annotation.Entity, j, i int, kinds lang.OrganizationKinds, fw lang.FunctionWords, da lang.DefiniteArticles, l lang.Language, cases wordCases) bool {
	if da == nil || fw == nil || i == 0 || i+3 >= len(toks) || !cases.lower(i) || !cases.capitalized(i+1) ||
		!da.DefiniteArticle(lang.FoldToken(&toks[i-1], l)) || !kinds.OrganizationKind(lang.FoldToken(&toks[i], l)) {
		return false
	}
	for j < len(ents) && ents[j].Last <= i+1 {
		j++
	}
	end := i + 2
	if j < len(ents) && ents[j].First == i+1 {
		end = ents[j].Last
	} else if j < len(ents) && ents[j].First <= i+1 {
		return false
	}
	return end+1 < len(toks) && joinsNames(&toks[end], fw, l) && cases.capitalized(end+1)
}
