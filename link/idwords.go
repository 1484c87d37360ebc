package link

import (
	"bytes"
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

// sortedParts returns prefix and a name key's parts, its words' keys, in
// sorted order: languages order a name's words differently, Russian putting an
// organization's head before the words that name it (Университет
// Мичигана, Парламент Уэльса), Turkish and English after them (Michigan
// Üniversitesi, Welsh Parliament) or before them with of (University of
// Michigan), some a person's surname first (Ли Кайфу), others last. A
// person's parts are sorted too: a recognizer types a name of two words a
// person in one language and an organization in another (Mateo Kovacic,
// Punta Eugenia), and its ID stays the same across types. Crosslingual dev
// 721 → 723 (University of Michigan, Carnegie Mellon University);
// dev mentions newly sharing an ID with another name: 29 pairs, 28 right
// (Avon and Somerset Police, Avon ve Somerset Polisi; Welsh Parliament,
// Парламент Уэльса; Southern University, Güney Üniversitesiyle, Южного
// университета; The Sunday Times, Sunday Times; Cromwell Derneği,
// Cromwell Derneğinin), 1 a wrong mention's (Goldsmith The Sunday
// Telegraph, a person's key); none parted.
func sortedParts(prefix string, key []byte) string {
	if bytes.IndexByte(key, '-') < 0 {
		return prefix + string(key)
	}
	var scratch [16]int
	starts := append(scratch[:0], 0) // where each part starts in key: offsets, so that key stays on its caller's stack
	for i, c := range key {
		if c == '-' {
			starts = append(starts, i+1)
		}
	}
	slices.SortFunc(starts, func(a, b int) int { return bytes.Compare(partAt(key, a), partAt(key, b)) })
	var b strings.Builder
	b.Grow(len(prefix) + len(key))
	b.WriteString(prefix)
	for i, start := range starts {
		if i > 0 {
			b.WriteByte('-')
		}
		b.Write(partAt(key, start))
	}
	return b.String()
}

// partAt returns the part of a name key that starts at start.
func partAt(key []byte, start int) []byte {
	if end := bytes.IndexByte(key[start:], '-'); end >= 0 {
		return key[start : start+end]
	}
	return key[start:]
}

// idWords returns the words of a place's or an organization's name that
// its ID keys: those acronyms skip left out (lang.FunctionWords: of, and,
// ve, и, the), as the language writes them or as it romanizes them (Рио-
// де-Жанейро, Rio de Janeiro), where another word is left; each generic
// head the language translates as the English noun (see englishHead:
// Bestwood Caddesi as bestwood street, Senatoda as senate); and each head of
// an organization (lang.NameCues OrgHead) in the shortest of its readings
// (Language.Analyze) that is one still, the head without the endings
// Turkish joins to it with no apostrophe (Üniversitesinde, Üniversitesi →
// üniversite; Derneğinin, Derneği → dernek), which other languages'
// heads, spelt alike, have not (University, Университета). A name the
// language's institutional glosses reach is keyed in their pivot words
// instead (see glossedWords), the same bag in every language. The words
// are split as keyWords splits them, and are handed to the key as they are.
func idWords(words []string, l lang.Language) []string {
	words = keyWords(words, l, true)
	fw, skips := l.(lang.FunctionWords)
	cues, heads := l.(lang.NameCues)
	ht, _ := l.(lang.NameHeadTranslator)
	skipped := func(w string) bool {
		return skips && (fw.SkippedInAcronym(w) || fw.SkippedInAcronym(romanizeWord(w, l, false)))
	}
	keyed := func(r *wordReadings) string { // a word no function word, as the ID keys it
		if en := englishHead(r, ht); en != "" {
			return en
		} else if heads && cues.Cue(r.word) == lang.OrgHead {
			return headStem(r, cues)
		}
		return r.word
	}
	readings := make([]wordReadings, len(words)) // each word analysed once, where needed
	for i, w := range words {
		readings[i] = wordReadings{word: w, l: l}
	}
	if glossed := glossedWords(readings, l, skipped, keyed); glossed != nil {
		return glossed
	}
	var out []string // nil until a word is left out or keyed otherwise
	for i, w := range words {
		kw := "" // "" to leave w out
		if !skipped(w) {
			kw = keyed(&readings[i])
		}
		if kw != w && out == nil {
			out = append(make([]string, 0, len(words)), words[:i]...)
		}
		if out != nil && kw != "" {
			out = append(out, kw)
		}
	}
	if len(out) == 0 { // none changed, or all left out
		return words
	}
	return out
}

// wordReadings is a word and, once asked for, its readings
// (Language.Analyze): englishHead and headStem read the same word's.
type wordReadings struct {
	word     string
	l        lang.Language
	analyses []lang.Analysis
	analysed bool
}

// readings returns the word's analyses, made the first time.
func (r *wordReadings) readings() []lang.Analysis {
	if !r.analysed {
		r.analyses, r.analysed = r.l.Analyze(r.word), true
	}
	return r.analyses
}

// headStem returns the shortest stem among the readings of w's word, a
// head of an organization's name, that the language's cues call a head still.
func headStem(w *wordReadings, cues lang.NameCues) string {
	best := w.word
	for _, a := range w.readings() {
		if len(a.Stem) < len(best) && cues.Cue(a.Stem) == lang.OrgHead {
			best = a.Stem
		}
	}
	return best
}

// englishHead returns the English noun for w's word, a word of a place's
// or an organization's name, where it or the stem of one of its readings
// (Language.Analyze: caddesinin → cadde; улице → улица) is a head the
// language translates (lang.NameHeadTranslator: street), so that the ID
// of a name whose head one language translates and another spells is the
// same (Bestwood Caddesi, Bestwood Street, Бествуд-стрит); else "", and
// always "" when t is nil. Crosslingual dev 731 → 732 (Bestwood Caddesi),
// and 733 → 734 with names of one word keyed so too (Senatoda); dev
// mentions newly sharing an ID with another language's: 13 pairs, all
// right (Riverside Kilisesi, Riverside Church; Titikaka Gölü, Lake
// Titicaca; John Sokağı, John Street, Джон-стрит; Evelyn Caddesinin,
// Evelyn Street; Kongre, Congress, Конгрессом; Silikon Vadisi, Silicon
// Valley), none parted; Turkish
// mentions newly sharing one: Adalet Komitesi, Adalet Komitesinin.
// The other words of an organization's name that the language translates
// word for word are keyed so too (Çocuk Hastanesi, Детская больница,
// Children's Hospital): crosslingual dev 736 → 737; dev mentions newly
// sharing an ID with another language's: 10 pairs, all right (Ulusal
// Bilim Vakfı, Национальный научный фонд, National Science Foundation;
// Güvenlik Konseyi, Security Council; Верховный суд, Supreme Court;
// Brigham ve Kadın Hastanesi, Brigham and Women's Hospital), none parted.
func englishHead(w *wordReadings, t lang.NameHeadTranslator) string {
	if t == nil {
		return ""
	}
	if en := t.EnglishHead(w.word); en != "" {
		return en
	}
	for _, a := range w.readings() {
		if en := t.EnglishHead(a.Stem); en != "" {
			return en
		}
	}
	return ""
}
