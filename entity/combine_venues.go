package entity

import (
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// venueHeads is implemented by a language that knows the head nouns of
// venues' names (lang/tr: Stadı, Stadyumu, Arena, Camii).
type venueHeads interface {
	// VenueHead reports whether a folded word is such a head noun.
	VenueHead(norm string) bool
}

// venueNameWords bounds the words of a venue's name before its head.
const venueNameWords = 4

// addVenues makes a place of a venue's name: capitalized words or numbers
// (19 Mayıs) ending in the capitalized head noun of a venue (venueHeads:
// "Kemal Aksoy Stadı'nda oynanan maç", "Yeni Cami"). Where a mention ends
// right before the head (a person's or a club's name the venue is named
// after), the place takes it in and stops there. A sentence's first word
// is a name's only when it is the one word before the head (Wembley
// Stadı'nda) or a given name (a venue named after a person): it has its
// capital anyway (Dün Yeni Ova Stadı'nda oynanan maç). A mention that
// holds the head already stays as it is. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: Milliyet dev split 0.8604 → 0.8617 (stadiums and
// mosques), NTREX Turkish dev 0.8625 → 0.8633 (stadiums and arenas);
// Turkish Wiki NER dev 0.7866 → 0.7861, as it annotates venues as
// facilities (FAC), which no type of ours scores: two stadiums found there
// count as wrong places. Without the sentence's first word unless it is
// the only word or a given name, Milliyet 0.8611 (venues named after a
// person open two sentences); with it always, the same figures but
// "Dün Yeni Ova Stadı" (yesterday) in invented sentences. NTREX English
// and Russian implement no venue heads.
func addVenues(doc *Document, ents []Entity, l lang.Language) []Entity {
	vh, _ := l.(venueHeads)
	if vh == nil {
		return ents
	}
	toks := doc.Tokens
	var added []Entity
	j := 0 // the first mention ending after token k
	s := 0 // the sentence holding token k
	for k := range toks {
		t := &toks[k]
		if t.Kind != lang.Word || t.Text == "" || t.Text[0] >= 'a' && t.Text[0] <= 'z' || !lang.StartsUpper(t.Text) || !vh.VenueHead(lang.FoldToken(t, l)) {
			continue // most words fail on their first byte
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		if j < len(ents) && ents[j].First <= k {
			continue // a mention holds the head
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
			for s < len(doc.Sentences) && doc.Sentences[s].Last <= k {
				s++
			}
			if k-first > 1 && opensSentence(toks, doc.Sentences, s, first) && !givenName(l, &toks[first]) {
				first++ // a sentence's first word has its capital anyway
			}
		}
		if first == k {
			continue
		}
		m := doc.Mention(first, k+1, Location, 0.5, "rule")
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

// venueWord reports whether t may be a word of a venue's name: a
// capitalized word or a number.
func venueWord(t *lang.Token) bool {
	return t.Kind == lang.Word && lang.StartsUpper(t.Text) || t.Kind == lang.Number
}

// givenName reports whether t is a given name the language knows
// (lang.GivenNames).
func givenName(l lang.Language, t *lang.Token) bool {
	gn, _ := l.(lang.GivenNames)
	return gn != nil && t.Kind == lang.Word && gn.GivenName(lang.FoldToken(t, l))
}
