package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// maxKindGap is how many lower-case words may stand between the word that
// announces a kind and the kind's noun ("gibi lüks cilt bakım markaları").
const maxKindGap = 4

// retypeListsOfKind makes the people and places of a list of names that
// the words after it call organizations (lang.KindAfterNames with the
// nouns of lang.OrganizationOwnedBefore: "Revlon , Essie , Tweezerman ve
// Vichy gibi markaların", "Aldi ve Lidl gibi mağazalar"): the tagger takes
// a brand it does not know for a surname. The list is mentions joined by
// commas and words that join names (lang.FunctionWords: ve); a mention the
// gazetteer knows as a country, continent, region or territory keeps its
// type. A title the tagger left before a person goes into the brand's name
// (lang.NameCues: "Dr. PawPaw"). It returns the texts of the mentions it
// retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8395 → 0.8427 (Revlon, Essie, Tweezerman, Dr.
// PawPaw, Vichy); Turkish Wiki NER dev, the Milliyet dev split and NTREX
// English and Russian dev unchanged (0.7781, 0.8464, 0.7808, 0.7814).
func retypeListsOfKind(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	ka, _ := l.(lang.KindAfterNames)
	ob, _ := l.(lang.OrganizationOwnedBefore)
	fw, _ := l.(lang.FunctionWords)
	nc, _ := l.(lang.NameCues)
	if ka == nil || ob == nil {
		return nil
	}
	toks := doc.Tokens
	announces := func(t *lang.Token) bool { return t.Kind == lang.Word && ka.AnnouncesKind(lang.FoldToken(t, l)) }
	j := 0 // the first mention ending after token i
	for i := 0; i < len(toks); i++ {
		if i = nextToken(toks, i, announces); i == len(toks) {
			break
		}
		if !kindNounFollows(toks, i+1, ob, l) {
			continue
		}
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		end := i // the list ends just before end
		if end > 0 && joinsNames(&toks[end-1], fw, l) {
			end-- // "ve diğer"
		}
		for k := j - 1; k >= 0 && ents[k].Last == end; k-- {
			e := &ents[k]
			if (e.Type == annotation.Person || e.Type == annotation.Location) && !wideArea(e.ID, g) {
				first := e.First
				if first > 0 && (k == 0 || ents[k-1].Last < first) && titleAt(&toks[first-1], nc, l) {
					first-- // a brand keeps its title: Dr. PawPaw
				}
				*e = doc.Mention(first, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
				names = append(names, e.Text)
			}
			end = e.First
			if end == 0 || !separatesList(&toks[end-1], fw, l) {
				break
			}
			end--
		}
	}
	return names
}

// kindNounFollows reports whether a word of lang.OrganizationOwnedBefore
// (markaları, şirketler, mağazalarda) comes within maxKindGap lower-case
// words from toks[i].
func kindNounFollows(toks []lang.Token, i int, ob lang.OrganizationOwnedBefore, l lang.Language) bool {
	for k := i; k < len(toks) && k <= i+maxKindGap; k++ {
		t := &toks[k]
		if !lowerCaseWord(t) {
			return false
		}
		if ob.OwnedByNext(lang.FoldToken(t, l)) {
			return true
		}
	}
	return false
}

// titleAt reports whether t is an honorific (lang.PersonTitle: Dr., Bay).
func titleAt(t *lang.Token, nc lang.NameCues, l lang.Language) bool {
	return nc != nil && (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && nc.Cue(lang.FoldToken(t, l)) == lang.PersonTitle
}
