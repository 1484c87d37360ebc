package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
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
//
// listEnds holds kindEndsOf(doc.Tokens, cases, l).lists.
func retypeListsOfKind(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, listEnds []int) (names []string) {
	fw := capsOf(l).functionWords
	nc := capsOf(l).nameCues
	toks := doc.Tokens
	j := 0 // the first mention ending after token i
	for _, i := range listEnds {
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

// kindEnds are the tokens that end a list or a range of names by
// announcing the organizations' kind after it, each in order: lists, a
// word of lang.KindAfterNames (gibi), and ranges, a word of
// lang.KindAfterRange that closes one (kadar), with a noun of
// lang.OrganizationOwnedBefore within maxKindGap lower-case words after
// it (mağazalarda). The pass finds both in one scan of the document for
// retypeListsOfKind, addListedOfKind and retypeRangesOfKind, which read
// the same tokens.
type kindEnds struct {
	lists, ranges []int
}

// kindEndsOf returns the kindEnds of toks, whose wordCases are cases and
// wordCues cues. A language without lang.OrganizationOwnedBefore has none.
func kindEndsOf(toks []lang.Token, cases wordCases, cues wordCues, l lang.Language) (ends kindEnds) {
	ka := capsOf(l).kindAfterNames
	kr := capsOf(l).kindAfterRange
	ob := capsOf(l).organizationOwnedBefore
	if ka == nil && kr == nil || ob == nil || !cues.has(lang.AnnouncesKindCue|lang.ClosesRangeCue) {
		return ends
	}
	// The scan passes by the words that neither announce a kind nor close
	// a range (their cues), in a loop of its own; the kind's noun follows
	// within lower-case words only, so a word ends a list or a range only
	// before a lower-case word.
	last := len(toks) - 1 // a word that ends one has a word after it
	for i := 0; i < last; i++ {
		if i = cues.next(i, last, lang.AnnouncesKindCue|lang.ClosesRangeCue); i == last {
			break
		}
		if toks[i].Kind != lang.Word || !cases.lower(i+1) || !kindNounFollows(toks, i+1, ob, l) {
			continue
		}
		if cues.of[i]&lang.AnnouncesKindCue != 0 {
			ends.lists = append(ends.lists, i)
		}
		if cues.of[i]&lang.ClosesRangeCue != 0 {
			ends.ranges = append(ends.ranges, i)
		}
	}
	return ends
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

// maxListedWords is the most capitalized words addListedOfKind takes for
// a name no mention holds before the word that announces its kind.
const maxListedWords = 3

// addListedOfKind adds as an organization the capitalized words right
// before the word that announces a kind of organization after them
// (lang.KindAfterNames with the nouns of lang.OrganizationOwnedBefore:
// "Boots gibi mağazalarda", "Zara ve Mango gibi markalar") where no mention
// holds them: the tagger misses a store or a brand it never saw. Only the
// list's last name is taken (retypeListsOfKind retypes the mentions
// before it), at most maxListedWords words, none a word of the dictionary
// (lang.DictionaryForms: "Bu gibi firmalar") or in a case with an
// apostrophe before it. ents are sorted and non-overlapping, and stay so.
// It returns the texts of the mentions it added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.9015 → 0.9019 (Boots gibi mağazalarda), -doc 10
// 0.9208 → 0.9215, -articles 0.9286 unchanged; the Milliyet dev split,
// Turkish Wiki NER dev and the corpus's training part unchanged.
//
// listEnds holds kindEndsOf(doc.Tokens, cases, l).lists.
func addListedOfKind(doc *annotation.Document, ents []annotation.Entity, l lang.Language, listEnds []int) (_ []annotation.Entity, names []string) {
	dw := capsOf(l).dictionaryForms
	if dw == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i
	for _, i := range listEnds {
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		if j > 0 && ents[j-1].Last == i {
			continue // a mention ends the list: retypeListsOfKind's
		}
		first := i
		for first > 0 && i-first < maxListedWords && (j == 0 || ents[j-1].Last < first) && listedWord(&toks[first-1], dw, l) {
			first--
		}
		if first == i || first > 0 && listedWord(&toks[first-1], dw, l) {
			continue // nothing, or a longer run of capitals
		}
		added = append(added, doc.Mention(first, i, annotation.Organization, 0.5, "rule"))
		names = append(names, added[len(added)-1].Text)
	}
	return mention.MergeByStart(ents, added), names
}

// listedWord reports whether t is a capitalized word that is no word of
// the dictionary (lang.DictionaryForms).
func listedWord(t *lang.Token, dw lang.DictionaryForms, l lang.Language) bool {
	return t.Kind == lang.Word && capitalizedWord(t) && !dw.DictionaryForm(lang.FoldToken(t, l))
}
