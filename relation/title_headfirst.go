package relation

import "strings"

// TitleWords is what a language that writes titles head first (Russian)
// knows of the words around a title head: the modifiers that may stand
// before it (генеральный секретарь) and the words that complete it after
// it (министр иностранных дел, папа римский). Each method gives a word's
// form in the role, which is the title in the nominative singular
// (генеральным секретарем → генеральный секретарь). Words are lower case.
type TitleWords interface {
	// Modifier returns the role form of a word that may stand before a
	// head inside a title.
	Modifier(word string) (string, bool)
	// Complements returns how many of the leading words of words (the
	// words after a head, up to the next name) belong to the title, and
	// their forms in the role; a word may belong to the title without
	// being part of the role (the class noun of the name that follows).
	Complements(words []string) (forms []string, n int)
}

// maxComplementWords bounds the words after a head that may complete a
// title (Министр по делам гражданской обороны, чрезвычайным ситуациям).
const maxComplementWords = 5

// readTitleHeadFirst reads a head-first title at unit i: modifiers, the
// head (inflected: министром), then its complements, up to a name or a
// word that does not complete it.
func (m *matcher) readTitleHeadFirst(i int) titleMemo {
	us, words := m.units, m.p.HeadFirst
	if i > 0 && us[i-1].ent < 0 && us[i-1].sent == us[i].sent {
		if _, ok := words.Modifier(us[i-1].norm); ok {
			return titleMemo{} // a title starts at its first modifier
		}
	}
	// The role's words: on the stack for a title of up to maxTitleWords
	// modifiers and heads and maxComplementWords complements, where
	// appending to a slice of none allocated up to three times a title.
	var partsBuf [maxTitleWords + maxComplementWords]string
	parts := partsBuf[:0]
	j := i
	for {
		if j >= len(us) || j >= i+maxTitleWords || us[j].ent >= 0 || us[j].sent != us[i].sent {
			return titleMemo{}
		}
		if _, ok := m.head(j); ok {
			break
		}
		form, ok := words.Modifier(m.lowerWord(j))
		if !ok {
			return titleMemo{}
		}
		parts = append(parts, form)
		j++
	}
	h, _ := m.head(j)
	parts = append(parts, h.Lemma)
	after := m.words[:0] // reused: handed to the language, a buffer on the stack would escape
	for k := j + 1; k < len(us) && k <= j+maxComplementWords && us[k].ent < 0 && us[k].sent == us[j].sent; k++ {
		after = append(after, m.lowerWord(k))
	}
	m.words = after
	complements, n := words.Complements(after)
	parts = append(parts, complements...)
	return titleMemo{role: strings.Join(parts, " "), end: j + 1 + n, ok: true, member: h.Member}
}

// lowerWord is unit i's text in lower case, as a role spells it (the
// folded form would lose ё).
func (m *matcher) lowerWord(i int) string {
	w := m.doc.Text[m.units[i].start:m.units[i].end]
	if isLowerCyrillic(w) {
		return w // what strings.ToLower returns, which decodes and looks up every rune (0.35% of Russian news)
	}
	return strings.ToLower(w)
}

// isLowerCyrillic reports whether w holds only ASCII other than capitals
// and the lower-case letters а-я and ѐ-џ (U+0430-045F: D0 B0-BF, D1 80-9F),
// which strings.ToLower leaves as they are.
func isLowerCyrillic(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c < 0x80:
			if c-'A' < 26 {
				return false
			}
		case i+1 < len(w) && (c == 0xD0 && w[i+1]-0xB0 < 0x10 || c == 0xD1 && w[i+1]-0x80 < 0x20):
			i++
		default:
			return false
		}
	}
	return true
}
