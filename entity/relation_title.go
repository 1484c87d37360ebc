package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// titleHead is a title word: lemma is its display form without the
// possessive (Başbakanı → Başbakan); member titles (Milletvekili) make
// their holder a member of the organization they are of.
type titleHead struct {
	lemma  string
	member bool
}

// maxTitleWords bounds a title's length in units (Büyükşehir Belediye Başkan Yardımcısı).
const maxTitleWords = 6

// titleAt matches a title at unit i: capitalized modifiers, a head word
// from the language's table (possessive allowed), and an optional
// extension (Yardımcısı). It returns the role and the next unit.
//
// The role is the lemma of a bare head (Başbakanı → Başbakan), the
// modifiers plus the lemma when they are all adjectives (Genel Sekreteri →
// Genel Sekreter), and otherwise the compound as written, whose last -(s)I
// is the compound marker rather than a possessive (Dışişleri Bakanı,
// Cumhurbaşkanı Yardımcısı).
func (m *matcher) titleAt(i int, mode titleMode) (string, int, bool) {
	us := m.units
	for j := i; j < len(us) && j < i+maxTitleWords; j++ {
		u := &us[j]
		if u.ent >= 0 || u.suffix {
			return "", 0, false
		}
		h, ok := m.p.headOf(u, m.l)
		if !ok {
			joiner := m.p.titleJoiners[u.norm] && j > i && j+1 < len(us) && us[j+1].cap
			if !u.cap && !joiner {
				return "", 0, false
			}
			continue
		}
		if (mode == titleNoMember && h.member) || (mode == titleMember && !h.member) {
			return "", 0, false
		}
		end, last := j+1, j // end: next unit; last: last unit of the written title
		if end < len(us) && us[end].suffix {
			end++
		}
		extended := false
		if end < len(us) && us[end].ent < 0 && m.p.isExtension(&us[end], m.l) {
			last, end, extended = end, end+1, true
		}
		written := strings.Join(strings.Fields(m.doc.Text[us[i].start:us[last].end]), " ")
		switch {
		case extended:
			return written, end, true
		case j == i:
			return lemmaAsWritten(h.lemma, u.cap, m.l), end, true
		case m.p.allAdjectives(us[i:j]):
			mods := strings.Join(strings.Fields(m.doc.Text[us[i].start:us[j-1].end]), " ")
			return mods + " " + lemmaAsWritten(h.lemma, u.cap, m.l), end, true
		}
		return written, end, true
	}
	return "", 0, false
}

// headOf reports whether u is a title head, bare or with the possessive or
// compound marker (Başbakan, Başbakanı, Sekreteri).
func (p *relationPatterns) headOf(u *unit, l lang.Language) (titleHead, bool) {
	if h, ok := p.titleHeads[u.norm]; ok {
		return h, true
	}
	for _, a := range l.Analyze(u.norm) {
		if len(a.Suffixes) > 1 || (len(a.Suffixes) == 1 && a.Suffixes[0] != "P3sg") {
			continue
		}
		if h, ok := p.titleHeads[a.Stem]; ok {
			return h, true
		}
	}
	return titleHead{}, false
}

func (p *relationPatterns) isExtension(u *unit, l lang.Language) bool {
	for _, a := range l.Analyze(u.norm) {
		if p.titleExtensions[a.Stem] && len(a.Suffixes) <= 1 {
			return true
		}
	}
	return p.titleExtensions[u.norm]
}

func (p *relationPatterns) allAdjectives(mods []unit) bool {
	for i := range mods {
		if !p.titleAdjectives[mods[i].norm] {
			return false
		}
	}
	return true
}

// lemmaAsWritten gives lemma the initial case of the written head:
// "yetkilisi" → "yetkili", "Sözcüsü" → "Sözcü"; an all-capital lemma
// (CEO) stays as it is.
func lemmaAsWritten(lemma string, upper bool, l lang.Language) string {
	r, n := utf8.DecodeRuneInString(lemma)
	if upper || strings.ToUpper(lemma) == lemma {
		return lemma
	}
	if unicode.IsUpper(r) {
		return l.Fold(lemma[:n]) + lemma[n:]
	}
	return lemma
}
