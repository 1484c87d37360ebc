package tr

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// Turkish nominal morphology for matching.
//
// Analyze splits a folded word into candidate stems and suffix chains. The
// chains follow the nominal template
//
//	stem (Pl) (Poss) (Case)        başkan-lar-ı-nın
//	... Loc|Gen  Ki (Pl) (Case)    Ankara'-da-ki-ler-in
//
// with these morpheme tags in lang.Analysis.Suffixes:
//
//	Pl    -lAr          plural
//	P1sg  -(I)m         my            P1pl  -(I)mIz   our
//	P2sg  -(I)n         your          P2pl  -(I)nIz   your (pl.)
//	P3sg  -(s)I         his/her/its, and the compound marker (Dışişleri Bakanlığı)
//	P3pl  -lArI         their (after Pl: -I)
//	Acc   -(y)I         accusative    Dat   -(y)A     dative
//	Loc   -DA           locative      Abl   -DAn      ablative
//	Gen   -(n)In        genitive      Ins   -(y)lA    instrumental (ile)
//	Equ   -CA           equative      Ki    -ki       relative (after Loc or Gen)
//
// and Case "Nom" when the chain does not end in a case (A = a/e, I =
// ı/i/u/ü, D = d/t, C = c/ç; after P3sg, P3pl and Ki the cases take the
// pronominal n: eyaleti-n-de). Vowel harmony, buffer consonants (y, n, s)
// and d/t, c/ç voicing are checked between every pair of morphemes and
// between the stem and the first suffix. Stems ending in b, c, d, g, ğ
// before a vowel get their dictionary form restored as a candidate
// (kitabı → kitap, ağacı → ağaç, rengi → renk, bakanlığı → bakanlık), as do
// the irregular stems of morph_lexicon.txt (şehri → şehir, hakkı → hak,
// saati → saat).

// MaxReadings bounds the length of what Analyze returns.
const MaxReadings = 16

// maxWordLen is the longest word, in bytes, that Analyze splits; longer
// input (no Turkish word comes near it) gets only the identity reading.
const maxWordLen = 200

const maxRaw = 24

var morphTables = sync.OnceValues(func() (*[256][]*allomorph, *chainNode) {
	var byLast [256][]*allomorph
	for _, a := range buildAllomorphs() {
		b := a.surf[len(a.surf)-1]
		byLast[b] = append(byLast[b], a)
	}
	return &byLast, buildSuffixChains()
})

// Analyze returns the readings of a folded word (lower-cased with Turkish
// rules, NFC, apostrophes as '), most plausible first, at most MaxReadings:
//
//   - The first reading is always the word itself, uninflected
//     (Stem = word, Case "Nom").
//   - If the word has an apostrophe, the part after the last apostrophe is
//     parsed as a whole suffix chain and the part before it is the stem:
//     "rusya'nın" → {rusya [Gen] Gen}. Proper nouns and abbreviations often
//     break vowel harmony ("abd'ye", "hangzhou'da"), so a chain that
//     disagrees with the stem's vowels is still accepted, ranked lower. Then
//     follow readings that also analyse the part before the apostrophe
//     ("partisi'nin" → parti [P3sg Gen]). When the part after the apostrophe
//     is not a nominal chain ("1990'lı"), the part before it is returned with
//     nil Suffixes and Case "". A word that starts with the apostrophe is a
//     bare suffix token ("'nın"): its readings have Stem "".
//   - Otherwise every split into a stem of at least two letters with a vowel
//     and a valid chain is a candidate, longer chains of frequent morphemes
//     first ("eyaletinin" → eyalet [P3sg Gen] before eyaleti [Gen]).
//
// Every Stem is the word, or a prefix of it, or (dictionary forms restored
// from softening, dropped vowels and compound plurals such as
// "milletvekillerinin" → milletvekili [Pl Gen]) a prefix of it followed by
// at most two letters. Words longer than 200 bytes are not split. Suffixes slices are shared between calls and must
// not be modified. Analyze is safe for concurrent use; it returns nil only
// for the empty word.
func Analyze(word string) []lang.Analysis {
	if word == "" {
		return nil
	}
	if len(word) > maxWordLen {
		return []lang.Analysis{{Stem: word, Case: "Nom"}}
	}
	byLast, root := morphTables()
	a := morphAnalyzer{word: word, byLast: byLast, root: root, apos: strings.LastIndexByte(word, '\'')}
	if a.apos >= 0 && a.apos == len(word)-1 {
		if a.apos > 0 {
			a.add(morphReading{end: a.apos, node: root, score: mainBonus})
		}
		a.hasMain = true
	} else {
		a.walk(len(word), root, nil)
	}
	if a.apos >= 0 && !a.hasMain {
		a.add(morphReading{end: a.apos, score: mainBonus}) // nil node: unknown chain
	}
	return a.results()
}

// CaseOf returns the case marked after an apostrophe ("rusya'nın" → "Gen",
// "ankara'daki" → "Nom"), "Nom" for a word without an apostrophe suffix,
// and "" when the part after the apostrophe is not a nominal suffix chain.
func CaseOf(word string) string {
	i := strings.LastIndexByte(word, '\'')
	if i < 0 || i == len(word)-1 {
		return "Nom"
	}
	byLast, root := morphTables()
	a := morphAnalyzer{word: word, byLast: byLast, root: root, apos: i, mainOnly: true}
	a.walk(len(word), root, nil)
	best := -1
	for j := 0; j < a.n; j++ {
		if best < 0 || a.buf[j].score > a.buf[best].score {
			best = j
		}
	}
	if best < 0 {
		return ""
	}
	return a.buf[best].node.cas
}

// Score adjustments (chain scores are sums of tagWeight).
const (
	mainBonus     = 200 // the stem before the apostrophe outranks all else
	relaxedMalus  = 50  // apostrophe chain that breaks harmony with the stem
	compoundMalus = 3   // stem keeps its compound -(s)I: bakanlığı-na
	shapeCost     = 4   // see shapeMalus
	sBufferBonus  = 2   // ülke-si: P3sg with its buffer s is strong evidence
	asIsMalus     = 2   // polysyllabic kitab-ı as "kitab"
)

// morphReading is a candidate: Stem = word[:end-cut] + repl.
type morphReading struct {
	repl       string
	node       *chainNode // nil: unparsed apostrophe suffix
	end, cut   int
	score, seq int
}

type morphAnalyzer struct {
	word     string
	byLast   *[256][]*allomorph
	root     *chainNode
	apos     int // index of the last apostrophe, -1 if none
	mainOnly bool
	hasMain  bool
	n, seq   int
	buf      [maxRaw]morphReading
}

// walk extends, right to left, a chain whose leftmost morpheme is right
// (nil for the empty chain) and starts at byte end.
func (a *morphAnalyzer) walk(end int, node *chainNode, right *allomorph) {
	switch {
	case a.apos >= 0 && end == a.apos+1:
		if node == a.root {
			return
		}
		a.stopMain(node, right)
		if a.mainOnly {
			return
		}
		end = a.apos
	case a.apos >= 0 && end > a.apos:
		// inside the part after the apostrophe: it must be consumed whole
	case node != a.root:
		a.stop(end, node, right)
	}
	s := a.word[:end]
	if s == "" {
		return
	}
	for _, m := range a.byLast[s[len(s)-1]] {
		if right != nil && right.leftMask&(1<<m.morpheme) == 0 {
			continue
		}
		if !strings.HasSuffix(s, m.surf) {
			continue
		}
		start := end - len(m.surf)
		if a.apos >= 0 && end > a.apos && start <= a.apos {
			continue // a morpheme never spans the apostrophe
		}
		if right != nil && !fitsMorph(right, m.self, m.morpheme) {
			continue
		}
		if child := node.child[m.morpheme]; child != nil {
			a.walk(start, child, m)
		}
	}
}

// fitsMorph reports whether right may follow a left neighbour with sound c
// and tag left (tagNone for a stem).
func fitsMorph(right *allomorph, c sound, left suffixTag) bool {
	if right.pron && (left == tagNone || pronMask&(1<<left) == 0) {
		return false
	}
	if right.plain && left != tagNone && pronMask&(1<<left) != 0 {
		return false
	}
	return fitsSound(right, c)
}

// fitsSound checks buffer consonants, voicing and vowel harmony.
func fitsSound(right *allomorph, c sound) bool {
	switch right.need {
	case needVowel:
		if !c.endsVowel {
			return false
		}
	case needConsonant:
		if c.endsVowel {
			return false
		}
	}
	switch right.voice {
	case voiceVoiceless:
		if !c.voiceless {
			return false
		}
	case voiceVoiced:
		if c.voiceless {
			return false
		}
	}
	if c.lastVowel == noVowel {
		return true
	}
	switch right.harm {
	case harmA2:
		return right.vowel == harmA(c.lastVowel)
	case harmI4:
		return right.vowel == harmI(c.lastVowel)
	}
	return true
}

// stopMain records the reading whose stem is the part before the apostrophe.
func (a *morphAnalyzer) stopMain(node *chainNode, right *allomorph) {
	stem := a.word[:a.apos]
	r := morphReading{end: a.apos, node: node, score: mainBonus + node.score}
	if node.rare {
		r.score -= mainBonus // Partisi'n-in (your party's) is possible, parti-si'nin likelier
	}
	if stem != "" && right.stemOK {
		c := soundOf(stem)
		// A pronominal case after a name ending in its compound marker
		// (Partisi'ne) only needs the vowel, which fitsSound checks.
		if !fitsSound(right, c) && !(right.harm != harmNone && a.inverse(stem) && fitsSound(right, frontSound(c))) {
			r.score -= relaxedMalus
		}
	} else if stem != "" {
		r.score -= relaxedMalus
	}
	a.hasMain = true
	a.add(r)
	if right.initVow && !a.mainOnly {
		if cut, repl := restoreStem(stem); repl != "" {
			r.cut, r.repl = cut, repl
			r.score -= 5 // Mehmed'e → mehmet: names usually keep their spelling
			a.add(r)
		}
	}
}

// stop records the readings whose stem is word[:end].
func (a *morphAnalyzer) stop(end int, node *chainNode, right *allomorph) {
	stem := a.word[:end]
	if !right.stemOK || len(stem) < 2 || len(stem) <= 4 && utf8.RuneCountInString(stem) < 2 {
		return
	}
	c := soundOf(stem)
	if c.lastVowel == noVowel {
		return
	}
	score := node.score
	if right.pron {
		score -= compoundMalus // bakanlığı-na: the stem keeps its compound marker
	}
	if !fitsSound(right, c) && !(right.harm != harmNone && a.inverse(stem) && fitsSound(right, frontSound(c))) {
		return
	}
	lexical := false
	if right.initVow {
		if alt, ok := a.lexiconStem(stem); ok {
			a.add(morphReading{end: end, cut: end, repl: alt, node: node, score: score})
			score -= asIsMalus
			lexical = true
		}
	}
	if right.morpheme == tagP3sg && right.surf[0] == 's' {
		score += sBufferBonus
	}
	r := morphReading{end: end, node: node, score: score - shapeMalus(stem, false)}
	if right.initVow && !lexical {
		if cut, repl := restoreStem(stem); repl != "" {
			restored := morphReading{end: end, cut: cut, repl: repl, node: node, score: score - shapeMalus(stem, true)}
			last, _ := utf8.DecodeLastRuneInString(stem)
			if last == 'g' || countVowels(stem) > 1 { // reng-i → renk, kitab-ı → kitap
				r.score -= asIsMalus
			} else { // dağ-ı, ad-ı: monosyllables rarely soften
				restored.score -= asIsMalus
			}
			a.add(restored)
		}
	}
	a.add(r)
	a.compoundPlural(end, node, c, score)
}

// compoundPlural adds, for stem-Pl-P3 chains, the reading with the
// compound's singular as stem: milletvekil-ler-i-nin → milletvekili [Pl Gen].
func (a *morphAnalyzer) compoundPlural(end int, node *chainNode, c sound, score int) {
	t := node.tags
	if len(t) < 2 || t[0] != tagPl || (t[1] != tagP3sg && t[1] != tagP3pl) {
		return
	}
	var buf [maxSuffixes]suffixTag
	rest := append(append(buf[:0], tagPl), t[2:]...)
	n := a.root.lookup(rest)
	if n == nil {
		return
	}
	repl := compoundMarker[harmI(c.lastVowel)&7]
	if c.endsVowel {
		repl = compoundMarkerS[harmI(c.lastVowel)&7]
	}
	a.add(morphReading{end: end, repl: repl, node: n, score: score - compoundMalus})
}

var (
	compoundMarker  = [8]string{1: "ı", 3: "u", 5: "i", 7: "ü"}
	compoundMarkerS = [8]string{1: "sı", 3: "su", 5: "si", 7: "sü"}
)

// restoreStem undoes consonant softening at the end of a stem seen before a
// vowel: it returns how many bytes to cut and what to append, or "".
func restoreStem(stem string) (int, string) {
	r, n := utf8.DecodeLastRuneInString(stem)
	switch r {
	case 'b':
		return n, "p"
	case 'c':
		return n, "ç"
	case 'd':
		return n, "t"
	case 'ğ':
		return n, "k"
	case 'g':
		if strings.HasSuffix(stem[:len(stem)-n], "n") {
			return n, "k"
		}
	}
	return 0, ""
}

func (a *morphAnalyzer) inverse(stem string) bool {
	lx := loadLexicon()
	return len(stem) <= lx.maxLen && lx.inverse[stem]
}

// lexiconStem looks up the dictionary form of a stem seen before a vowel.
// Every such surface stem ends in two consonants (şehr, hakk) or a softened
// one (vaad), which spares the map lookup for most stems.
func (a *morphAnalyzer) lexiconStem(stem string) (string, bool) {
	r1, n := utf8.DecodeLastRuneInString(stem)
	r2, _ := utf8.DecodeLastRuneInString(stem[:len(stem)-n])
	if vowelIndex(r1) >= 0 || vowelIndex(r2) >= 0 && !strings.ContainsRune("bcdgğ", r1) {
		return "", false
	}
	lx := loadLexicon()
	if len(stem) > lx.maxLen {
		return "", false
	}
	alt, ok := lx.alt[stem]
	return alt, ok
}

// frontSound is c with its last vowel made front (saat-i, rol-ü).
func frontSound(c sound) sound {
	if c.lastVowel >= 0 {
		c.lastVowel |= 4
	}
	return c
}

// shapeMalus penalizes stems whose shape Turkish words rarely have: a
// consonant-vowel pair (do-lar-a is dolar-a), a final cluster ending in
// l, r, n, y, v or ğ (trenl-e is tren-le; dropped-vowel stems such as şehr
// come from the lexicon) or, unless the stem is to be restored, in a voiced
// stop (ord-u-nun is ordu-nun), or three final consonants (dostç-a is
// dost-ça).
func shapeMalus(stem string, restored bool) int {
	r1, n1 := utf8.DecodeLastRuneInString(stem)
	r2, n2 := utf8.DecodeLastRuneInString(stem[:len(stem)-n1])
	if len(stem) == n1+n2 {
		if !isVowel(r2) && isVowel(r1) {
			return shapeCost
		}
		return 0
	}
	if isVowel(r1) || isVowel(r2) || !unicode.IsLetter(r1) || !unicode.IsLetter(r2) {
		return 0
	}
	if strings.ContainsRune("lrnyvğ", r1) || !restored && strings.ContainsRune("bcdg", r1) {
		return shapeCost
	}
	r3, _ := utf8.DecodeLastRuneInString(stem[:len(stem)-n1-n2])
	if !isVowel(r3) && unicode.IsLetter(r3) {
		return shapeCost
	}
	return 0
}

func isVowel(r rune) bool { return vowelIndex(r) >= 0 }

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		if vowelIndex(r) >= 0 {
			n++
		}
	}
	return n
}
