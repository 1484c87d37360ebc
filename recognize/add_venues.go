package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// venueNameWords bounds the words of a venue's name before its head.
const venueNameWords = 4

// addVenues makes a place of a venue's name: capitalized words or numbers
// (19 Mayıs) ending in the capitalized head noun of a venue (lang.VenueHeads:
// "Kemal Aksoy Stadı'nda oynanan maç", "Yeni Cami"). Where a mention ends
// right before the head (a person's or a club's name the venue is named
// after), the place takes it in and stops there. A sentence's first word
// is left out only when it is a function or time word (VenueLead: "Dün
// Yeni Ova Stadı'nda"): a name opens sentences as often ("Türk Telekom
// Arena'da"). A sentence in title case, every word capitalized, is a
// headline whose capitals say nothing of names ("Ronaldo Stadyumu Terk
// Etti"): it is left alone. A mention that holds the head already stays
// as it is. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: Milliyet dev split 0.8604 → 0.8617 (stadiums and
// mosques), NTREX Turkish dev 0.8625 → 0.8633 (stadiums and arenas);
// Turkish Wiki NER dev 0.7866 → 0.7861, as it annotates venues as
// facilities (FAC), which no type of ours scores: two stadiums found there
// count as wrong places. Without the sentence's first word unless it is
// the only word or a given name, Milliyet 0.8611 (venues named after a
// person open two sentences); with it always, the same figures but
// "Dün Yeni Ova Stadı" (yesterday) in invented sentences. Leaving out a
// first word only when a function or time word, and no title-case
// headline, after a review's invented sentences ("Türk [Telekom Arena]"):
// every dev set unchanged (NTREX Turkish 0.8620, Milliyet 0.8609, Wiki
// NER 0.7861). NTREX English and Russian implement no venue heads.
//
// A palace's head (lang.PalaceHeads: "Dolmabahçe Sarayı'nda") makes a
// place too, of the words after the common words the model's lexicon (m)
// knows that open the name: "Kış Sarayı" (winter) and "Kraliyet Sarayı"
// (royal) name a palace by its kind, which Turkish Wiki NER tags as a
// facility, and news annotation tags a palace named by its proper name as
// a place; a sentence's capitalized first word ("Tören Dolmabahçe
// Sarayı'nda") is no word of the name. F1 without → with: NTREX Turkish
// dev 0.8852 → 0.8859 (Westminster Sarayı, Whitehall Sarayı), -doc 10
// 0.9054 → 0.9061, the Milliyet dev split 0.8668 → 0.8676 (Dolmabahçe,
// Çırağan, Potala and İstanbul Belediye Sarayı), Turkish Wiki NER dev
// unchanged at 0.7971. With any first word, the same but Wiki NER 0.7966
// (the two palaces of a kind there).
//
// A facility's head (lang.FacilityHeads: Köprüsü, Kulesi, Havalimanı, Garı,
// Barajı, Meydanı) makes a place as a venue's does, and a mention that
// ends in it is retyped a place: no person's or body's name ends in a
// bridge (Fatih Sultan Mehmet Köprüsü, Cumhurbaşkanlığı Külliyesi). A
// sentence's first word is left out of a name of two words or more before
// the head when it may be a form of a lower-case dictionary word
// (lang.DictionaryForms: "Tarihi Galata Kulesi", "Turistler Kız Kulesi'ne";
// not Yavuz, a given name) that the model's prior finds mostly in lower
// case (not Golden of Golden Gate Köprüsü). F1 without → with: Turkish news sentences
// written for the rule 0.9064 → 0.9495 (186 sentences, 26 facilities),
// the Milliyet dev split 0.8698 → 0.8702, Turkish Wiki NER dev 0.8025 →
// 0.8012 (IDS Kulesi, Normandiya Köprüsü, Nalçik and Zahedan Havalimanı,
// Belvédère Kalesi, which it tags as facilities, FAC, that no type of ours
// scores), the corpus's training part 0.9736 → 0.9735 (75'inci Yıl
// Havaalanı cut to Yıl Havaalanı), NTREX Turkish, English and Russian dev
// unchanged.
func addVenues(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model, cases wordCases) []annotation.Entity {
	vh := capsOf(l).venueHeads
	if vh == nil {
		return ents
	}
	ph := capsOf(l).palaceHeads
	fh := capsOf(l).facilityHeads
	forms := capsOf(l).dictionaryForms
	isHead := func(t *lang.Token) (head, palace, facility bool) {
		norm := lang.FoldToken(t, l)
		if vh.VenueHead(norm) {
			return true, false, false
		}
		if fh != nil && fh.FacilityHead(norm) {
			return true, false, true
		}
		palace = ph != nil && m != nil && ph.PalaceHead(norm)
		return palace, palace, false
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token k
	s := 0 // the sentence holding token k
	for k := 0; k < len(toks); k++ {
		if k = cases.next(k, len(toks), capitalizedCase); k == len(toks) {
			break // most words are lower-case
		}
		t := &toks[k]
		if t.Kind != lang.Word {
			continue
		}
		// Whether a mention holds the word first: most capitalized words
		// are a mention's, and of those only the last word of a mention of
		// two or more is asked whether it is a head (isHead, three of the
		// language's questions), where each was asked before.
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		held := j < len(ents) && ents[j].First <= k
		if held && (ents[j].Last != k+1 || ents[j].First == k) {
			continue // a mention holds the word, not as its last of two or more
		}
		head, palace, facility := isHead(t)
		if held {
			if facility {
				ents[j].Type = annotation.Location // no person's nor body's name ends in a bridge
			}
			continue // a mention holds the head
		}
		if !head {
			continue
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= k {
			s++
		}
		if s < len(doc.Sentences) && titleCaseSentence(toks, doc.Sentences[s], k) {
			continue // a headline's capitals say nothing of names
		}
		first := k
		absorbed := -1
		if j > 0 && ents[j-1].Last == k {
			absorbed = j - 1
			first = ents[j-1].First
		} else {
			for first > 0 && k-first < venueNameWords && venueWord(&toks[first-1]) && (j == 0 || ents[j-1].Last < first) {
				first--
			}
			if k-first > 1 && opensSentence(toks, doc.Sentences, s, first) && vh.VenueLead(lang.FoldToken(&toks[first], l)) {
				first++ // a function or time word has its capital anyway
			}
		}
		for palace && first < k && m.WordClasses(lang.FoldToken(&toks[first], l))&ner.CommonWord != 0 {
			first++ // a sentence's capitalized first word, or the palace's kind
		}
		if facility && absorbed < 0 && k-first > 1 && opensSentence(toks, doc.Sentences, s, first) &&
			commonFacilityOpener(lang.FoldToken(&toks[first], l), forms, m) {
			first++ // a sentence's capitalized first word (Tarihi Galata Kulesi), not a given name (Yavuz)
		}
		if first == k {
			continue
		}
		m := doc.Mention(first, k+1, annotation.Location, 0.5, "rule")
		if !plausible(&m) {
			continue
		}
		if absorbed >= 0 {
			ents[absorbed] = m
		} else {
			added = append(added, m)
		}
	}
	return mention.MergeByStart(ents, added)
}

// commonFacilityOpener reports whether norm, the folded word that opens a
// sentence before a facility's name, is a common word's: a form of a
// lower-case dictionary word (lang.DictionaryForms; not a given name) that
// the model's capitalization prior, where it has one, finds capitalized
// less often than not (Tarihi, Turistler; not Golden of Golden Gate).
func commonFacilityOpener(norm string, forms lang.DictionaryForms, m *ner.Model) bool {
	if forms == nil || !forms.DictionaryForm(norm) {
		return false
	}
	if m == nil {
		return true
	}
	share, known := m.CapitalizedShare(norm)
	return !known || share < 0.5
}

// titleCaseSentence reports whether every word of sentence s is
// capitalized and one comes after the venue's head at token k: a headline
// written in title case ("Ronaldo Stadyumu Terk Etti").
func titleCaseSentence(toks []lang.Token, s lang.Sentence, k int) bool {
	after := false
	for i := s.First; i < s.Last; i++ {
		if toks[i].Kind != lang.Word {
			continue
		}
		if !lang.StartsUpper(toks[i].Text) {
			return false
		}
		after = after || i > k
	}
	return after
}

// venueWord reports whether t may be a word of a venue's name: a
// capitalized word or a number.
func venueWord(t *lang.Token) bool {
	return t.Kind == lang.Word && lang.StartsUpper(t.Text) || t.Kind == lang.Number
}

// givenName reports whether t is a given name the language knows
// (lang.GivenNames).
func givenName(l lang.Language, t *lang.Token) bool {
	gn := capsOf(l).givenNames
	return gn != nil && t.Kind == lang.Word && gn.GivenName(lang.FoldToken(t, l))
}
