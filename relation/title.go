package relation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// TitleHead is a title word: Lemma is its display form without the
// possessive (Başbakanı → Başbakan); member titles (Milletvekili) make
// their holder a member of the organization they are of.
type TitleHead struct {
	Lemma  string
	Member bool
}

// maxTitleWords bounds a title's length in units (Dış İlişkiler ve
// Güvenlik Politikası Yüksek Temsilcisi).
const maxTitleWords = 8

// titleAt matches a title of mode at unit i (see readTitle), and returns
// the role and the next unit.
func (m *matcher) titleAt(i int, mode TitleMode) (string, int, bool) {
	if i >= len(m.units) {
		return "", 0, false // a Pattern's title element after the last unit
	}
	t := m.title(i)
	if !t.ok || (mode == TitleNoMember || mode == TitleOwned) && t.member || mode == TitleMember && !t.member ||
		mode == TitleOwned && t.bare {
		return "", 0, false
	}
	return t.role, t.end, true
}

// titleMemo is a memoized readTitle.
type titleMemo struct {
	role   string
	end    int
	ok     bool
	member bool // the head makes its holder a member (TitleHead.Member)
	bare   bool // the head is written as the table lists it, with no marker (isBareHead)
	known  bool
}

// title is readTitle of unit i, memoized: the Patterns of a language try
// titles at the same units, one after another (ROLE with an object or
// without, MEMBER_OF), and reading each anew took 4% of relation.Extract
// on English and Russian news (1-2% on Turkish).
func (m *matcher) title(i int) *titleMemo {
	t := &m.heads[i].title
	if !t.known {
		*t = m.readTitle(i)
		t.known = true
	}
	return t
}

// readTitle reads a title at unit i: capitalized modifiers, a head word
// from the language's table (possessive allowed), and an optional
// extension (Yardımcısı).
//
// The role is the lemma of a bare head (Başbakanı → Başbakan), the
// modifiers plus the lemma when they are all adjectives (Genel Sekreteri →
// Genel Sekreter), and otherwise the compound as written, whose last -(s)I
// is the compound marker rather than a possessive (Dışişleri Bakanı,
// Cumhurbaşkanı Yardımcısı).
func (m *matcher) readTitle(i int) titleMemo {
	us := m.units
	if m.p.HeadFirst != nil {
		return m.readTitleHeadFirst(i)
	}
	if m.insideRun(i) {
		return titleMemo{} // a title starts where its capitalized words start
	}
	listed := m.p.TitleModifiers != nil
	lower := false // a lower-case noun modifies the head (meclis başkanı)
	for j := i; j < len(us) && j < i+maxTitleWords; j++ {
		u := &us[j]
		if u.ent >= 0 || u.suffix {
			return titleMemo{}
		}
		h, ok := m.head(j)
		if ok && listed && m.p.isTitleModifier(u.norm) && j+1 < len(us) && us[j+1].ent < 0 {
			if _, next := m.head(j + 1); next {
				continue // a head that modifies the next one: chief executive
			}
		}
		if !ok {
			if j == i && !listed && m.lowerModifier(j) {
				lower = true // one word only: a longer run is a phrase's (ulusal felaket ajansı sözcüsü)
				continue
			}
			joiner := j > i && j+1 < len(us) && m.capitalized(j+1) && m.p.TitleJoiners[u.norm]
			// A listed modifier needs no capital: "Russia's foreign minister".
			if (!m.capitalized(j) && !joiner && !listed) || (listed && !joiner && !m.p.isTitleModifier(u.norm)) {
				return titleMemo{}
			}
			continue
		}
		bare := m.p.isBareHead(u)
		if lower && bare {
			return titleMemo{} // a lower-case word before a bare head is no compound's: yedek oyuncu
		}
		end, last := j+1, j // end: next unit; last: last unit of the written title
		if end < len(us) && us[end].suffix {
			if m.p.SuffixCases[us[end].norm] == "Gen" {
				return titleMemo{} // the head owns what follows: the candidate's father
			}
			end++
		}
		extended := false
		if end < len(us) && us[end].ent < 0 && m.isExtension(&us[end]) {
			last, end, extended = end, end+1, true
		} else if k, ok := m.phraseAt(m.p.titleTails, end); ok {
			last, end, extended = k-1, k, true // secretary of state
		}
		t := titleMemo{end: end, ok: true, member: h.Member, bare: bare}
		switch {
		case !extended && j == i:
			t.role = m.lemmaAsWritten(h.Lemma, j)
		case !extended && m.p.allAdjectives(us[i:j]):
			mods := strings.Join(strings.Fields(m.doc.Text[us[i].start:us[j-1].end]), " ")
			t.role = mods + " " + m.lemmaAsWritten(h.Lemma, j)
		case !extended && m.p.CompoundTitles && bare:
			t.role = m.lemmaAsWritten(h.Lemma, j)
		default:
			t.role = strings.Join(strings.Fields(m.doc.Text[us[i].start:us[last].end]), " ")
		}
		return t
	}
	return titleMemo{}
}

// mayStartTitle reports whether u, which is no title head, may be the
// first word of a title: a capitalized word, or a modifier the language
// lists (which needs no capital).
func (m *matcher) mayStartTitle(i int) bool {
	return m.heads[i].starts.get(func() bool { return m.startsTitle(i) })
}

func (m *matcher) startsTitle(i int) bool {
	u := &m.units[i]
	switch {
	case m.p.HeadFirst != nil:
		_, ok := m.p.HeadFirst.Modifier(u.norm)
		return ok
	case m.p.TitleModifiers != nil:
		return m.capitalized(i) || m.p.isTitleModifier(u.norm)
	}
	return m.capitalized(i) || m.lowerModifier(i)
}

// lowerModifier reports whether unit i is a lower-case word that may
// open a compound title in a language of CompoundTitles (meclis başkanı,
// spor yöneticisi, radyo sunucusu), whose head carries the compound
// marker (readTitle checks it): a word in which the morphology finds no
// suffix at all (not bekleyen, önde, ajansı), no participle (çalışan
// uzman) and no title adjective (eski, yeni: the role leaves them out).
func (m *matcher) lowerModifier(i int) bool {
	return m.heads[i].lower.get(func() bool { return m.isLowerModifier(i) })
}

func (m *matcher) isLowerModifier(i int) bool {
	u := &m.units[i]
	if !m.p.CompoundTitles || u.ent >= 0 || u.suffix || m.doc.Tokens[u.tok].Kind != lang.Word || m.capitalized(i) {
		return false
	}
	// Only before a word that may be a title head (a cheap test): most
	// lower-case words are not, and their analysis would be wasted.
	if next := i + 1; next >= len(m.units) || m.units[next].sent != u.sent || !m.p.mayBeTitleWord(m.units[next].norm) ||
		m.p.TitleAdjectives[u.norm] {
		return false
	}
	if sp, ok := m.l.(lang.SubjectParticiples); ok && sp.SubjectParticiple(u.norm) {
		return false
	}
	as := m.analyses.analyze(m.l, u.norm)
	return len(as) == 1 && len(as[0].Suffixes) == 0
}

// capitalized reports whether unit i is a plain token that starts with an
// upper-case letter. Titles alone ask, of few units: finding it for every
// unit as it was made took 8% of relation.Extract on Russian news, whose
// head-first titles never ask.
func (m *matcher) capitalized(i int) bool {
	u := &m.units[i]
	if u.ent >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m.doc.Tokens[u.tok].Text)
	return unicode.IsUpper(r)
}

// insideRun reports whether unit i continues a run of words that could
// modify a title (capitalized, and in the language's modifier list when it
// has one), not counting a sentence's first word.
func (m *matcher) insideRun(i int) bool {
	if i == 0 {
		return false
	}
	prev := &m.units[i-1]
	if prev.sent == m.units[i].sent && m.lowerModifier(i-1) && !m.p.isBareHead(&m.units[i]) {
		if _, head := m.head(i); head {
			return true // a compound title starts at its lower-case modifier: meclis başkanı
		}
	}
	if prev.ent >= 0 || !m.capitalized(i-1) || prev.suffix || prev.sent != m.units[i].sent {
		return false
	}
	if i-1 == 0 || m.units[i-2].sent != prev.sent {
		return false // capitalized as the sentence's first word
	}
	return m.p.TitleModifiers == nil || m.p.isTitleModifier(prev.norm)
}

// headMemo is a memoized headOf, and what else titles memoize by unit.
type headMemo struct {
	head          TitleHead
	ok, known     bool
	starts, lower memoBool // mayStartTitle, lowerModifier
	title         titleMemo
}

// head is headOf of unit j, memoized: titles are looked for from every
// unit, each look reading the units after it.
func (m *matcher) head(j int) (TitleHead, bool) {
	h := &m.heads[j]
	if !h.known {
		h.head, h.ok = m.headOf(&m.units[j])
		h.known = true
	}
	return h.head, h.ok
}

// headOf reports whether u is a title head, bare or with the possessive or
// compound marker (Başbakan, Başbakanı, Sekreteri).
func (m *matcher) headOf(u *unit) (TitleHead, bool) {
	p := m.p
	if !p.mayBeTitleWord(u.norm) { // true of every head but a short one (English mp)
		if len(u.norm) >= headPrefixLen {
			return TitleHead{}, false
		}
		return p.titleHead(u.norm)
	}
	if h, ok := p.titleHead(u.norm); ok {
		return h, true
	}
	for _, a := range m.analyses.analyze(m.l, u.norm) {
		if !p.headForm(a) {
			continue
		}
		if h, ok := p.titleHead(a.Stem); ok {
			return h, true
		}
	}
	return TitleHead{}, false
}

// headForm reports whether a is a reading of a word as a form of its stem
// that a title head takes: the language's HeadForm, else bare or with the
// possessive (Başbakan, Başbakanı).
func (p *Patterns) headForm(a lang.Analysis) bool {
	if p.HeadForm != nil {
		return p.HeadForm(a)
	}
	return len(a.Suffixes) == 0 || len(a.Suffixes) == 1 && a.Suffixes[0] == "P3sg"
}

func (m *matcher) isExtension(u *unit) bool {
	if !m.p.mayBeTitleWord(u.norm) {
		return false
	}
	for _, a := range m.analyses.analyze(m.l, u.norm) {
		if m.p.TitleExtensions[a.Stem] && len(a.Suffixes) <= 1 {
			return true
		}
	}
	return m.p.TitleExtensions[u.norm]
}

// isBareHead reports whether u is a title head as the table lists it, with
// no compound marker or possessive (Başbakan, Senatör, Cumhurbaşkanı).
func (p *Patterns) isBareHead(u *unit) bool {
	_, ok := p.titleHead(u.norm)
	return ok
}

func (p *Patterns) allAdjectives(mods []unit) bool {
	for i := range mods {
		if !p.TitleAdjectives[mods[i].norm] {
			return false
		}
	}
	return true
}

// lemmaAsWritten gives lemma the initial case of the written head, unit j:
// "yetkilisi" → "yetkili", "Sözcüsü" → "Sözcü"; an all-capital lemma
// (CEO) stays as it is. A head written in its lemma's form is the lemma
// as written ("secretary-general" for Secretary-General), unless written
// in capitals throughout (a headline).
func (m *matcher) lemmaAsWritten(lemma string, j int) string {
	u := &m.units[j]
	written := m.doc.Text[u.start:u.end]
	if u.suffix || u.norm == "" {
		written = ""
	}
	if written != "" && u.norm == m.l.Fold(lemma) && changedByUpper(written) {
		return written
	}
	r, n := utf8.DecodeRuneInString(lemma)
	if m.capitalized(j) || !changedByUpper(lemma) {
		return lemma
	}
	if unicode.IsUpper(r) {
		return m.l.Fold(lemma[:n]) + lemma[n:]
	}
	return lemma
}

// changedByUpper reports whether strings.ToUpper(s) != s, without making
// the upper-case copy (two for most titles read): s has a rune that
// unicode.ToUpper changes, or a byte of invalid UTF-8, which ToUpper
// writes as utf8.RuneError.
func changedByUpper(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return true
			}
			continue
		}
		if unicode.ToUpper(r) != r {
			return true
		}
	}
	return false
}

// memoBool is a memoized bool: 0 not known yet, 1 false, 2 true.
type memoBool uint8

// get returns the memoized value, computing it with f the first time.
func (b *memoBool) get(f func() bool) bool {
	if *b == 0 {
		*b = 1
		if f() {
			*b = 2
		}
	}
	return *b == 2
}
