package tr

import (
	"strings"
	"sync"

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
	return &byLast, newSuffixChains()
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
// at most three letters (tıp-lar-ı → tıbbı). Words longer than 200 bytes
// are not split. Suffixes slices are shared between calls and must not be
// modified. Analyze is safe for concurrent use; it returns nil only for the
// empty word.
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
	respellMalus  = 5   // Mehmed'e as "mehmet": names usually keep their spelling
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
		if child := node.child(m.morpheme); child != nil {
			a.walk(start, child, m)
		}
	}
}

// fitsMorph reports whether right may follow the morpheme left, whose
// surface has sound c. (Stems are checked by stop and stopMain.)
func fitsMorph(right *allomorph, c sound, left suffixTag) bool {
	afterPron := pronMask&(1<<left) != 0
	if right.pron && !afterPron || right.plain && afterPron {
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
