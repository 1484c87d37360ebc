package recognize

import (
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addBracketAcronyms adds the acronym that an organization's name
// introduces in brackets right after it ("İşçi Partisi (İP)", "Uygulama
// Kurumu (BPPT)") as a mention of the same organization, where no other
// mention holds it: news writes an organization's acronym this way the
// first time it names it, and the tagger, which sees one bracketed
// capitalized word, often leaves it out. An acronym is one word of 2 to 10
// letters with at least two capitals, the first letter among them. ents
// are sorted and non-overlapping, and stay so; the new mentions take the
// organization's score and the source "rule".
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8078 → 0.8082 (BPPT), the Milliyet dev split 0.8435
// → 0.8444 (five acronyms: İP three times, TÜMTİS, TEMA), Turkish Wiki NER
// dev 0.7759 → 0.7757 (a country's name in capitals: "JAL International
// (JAPON)"; through examples/tag -in conll 0.7739 → 0.7737).
func addBracketAcronyms(doc *annotation.Document, ents []annotation.Entity) []annotation.Entity {
	var added []annotation.Entity // most documents have none
	for i, e := range ents {
		a := e.Last + 1 // the acronym's token
		if e.Type != annotation.Organization || a+1 >= len(doc.Tokens) || !opensBracket(doc.Tokens[a-1].Text) ||
			!closesBracket(doc.Tokens[a+1].Text) || !isAcronym(doc.Tokens[a].Text) ||
			i+1 < len(ents) && ents[i+1].First <= a {
			continue
		}
		added = append(added, doc.Mention(a, a+1, annotation.Organization, e.Score, "rule"))
	}
	return mention.MergeByStart(ents, added)
}

func opensBracket(s string) bool        { return s == "(" || s == "[" }
func openingBracket(t *lang.Token) bool { return opensBracket(t.Text) }
func closesBracket(s string) bool       { return s == ")" || s == "]" }

// isAcronym reports whether s is 2 to 10 letters, at least two of them
// capitals, the first one among them (İP, TÜMTİS, BPPT, YouGov is not).
// Rules ask it of many capitalized words, most of them names in title
// case: ASCII letters and the Cyrillic ones up to U+045F are told in line
// from their bytes (decoding a rune and asking its classes cost about 40
// instructions), and a word stops being read at its sixth lower-case
// letter or eleventh letter, where it can no longer be one.
func isAcronym(s string) bool {
	n, upper := 0, 0 // letters, capitals
	for i := 0; i < len(s); n++ {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c-'A' < 26:
				upper++
			case c-'a' >= 26 || i == 0:
				return false
			}
			i++
		} else if c-0xD0 < 2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && (c == 0xD0 || s[i+1] < 0xA0) {
			// A Cyrillic letter from U+0400 to U+045F (most of Russian's
			// names), told from its two bytes: a capital up to U+042F
			// (D0 80 to D0 AF), a lower-case letter after.
			switch {
			case c == 0xD0 && s[i+1] < 0xB0:
				upper++
			case i == 0:
				return false
			}
			i += 2
		} else {
			r, two := lang.TwoByteRuneAt(s, i) // inlined: no call for a Turkish letter
			size := 2
			if !two {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			switch {
			case lang.IsUpper(r): // a letter too
				upper++
			case !lang.IsLetter(r) || i == 0:
				return false
			}
			i += size
		}
		// n+1 letters read: more than 10, or more than 5 in lower case (as
		// many capitals again make more than 10), make no acronym.
		if n >= 10 || n+1-upper > 5 {
			return false
		}
	}
	return n >= 2 && upper >= 2 && 2*upper >= n
}
