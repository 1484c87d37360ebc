package tr

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// suffixTag is one nominal morpheme. Values fit in 4 bits.
type suffixTag uint8

const (
	tagNone suffixTag = iota
	tagPl
	tagP1sg
	tagP2sg
	tagP3sg
	tagP1pl
	tagP2pl
	tagP3pl
	tagAcc
	tagDat
	tagLoc
	tagAbl
	tagGen
	tagIns
	tagEqu
	tagKi
	numTags
)

// tagNames are the strings that appear in lang.Analysis.Suffixes.
var tagNames = [numTags]string{"", "Pl", "P1sg", "P2sg", "P3sg", "P1pl", "P2pl",
	"P3pl", "Acc", "Dat", "Loc", "Abl", "Gen", "Ins", "Equ", "Ki"}

// tagWeight ranks readings: a chain scores the sum of its morphemes'
// weights, so longer chains of frequent news-text morphemes win. First and
// second person possessives are rare in news and weigh nothing or less:
// "rusyanın" is rusya-Gen before rusya-P2sg-Gen. P3sg weighs less than the
// cases; the analyzer adds a bonus for its -sI form (ülke-si), which an
// Acc reading of a stem in -s (ülkes-i) would otherwise outrank.
var tagWeight = [numTags]int{0, 3, -1, -2, 1, 0, 0, 1, 3, 3, 3, 3, 3, 2, 2, 2}

func tagMask(ts ...suffixTag) uint16 {
	var m uint16
	for _, t := range ts {
		m |= 1 << t
	}
	return m
}

var (
	possMask = tagMask(tagP1sg, tagP2sg, tagP3sg, tagP1pl, tagP2pl, tagP3pl)
	caseMask = tagMask(tagAcc, tagDat, tagLoc, tagAbl, tagGen, tagIns, tagEqu)
	// pronMask are the morphemes after which a case takes the pronominal
	// n (evi-n-de, evdeki-n-de) instead of y or nothing.
	pronMask = tagMask(tagP3sg, tagP3pl, tagKi)
)

// leftOfTag gives, for each morpheme, the morphemes allowed immediately to its
// left (the stem is always allowed except for Ki). This is the nominal
// template stem (Pl) (Poss) (Case), with -ki after Loc or Gen starting a
// new nominal that takes (Pl) (Poss) (Case) again: ev-de-ki-ler-in.
func leftOfTag(t suffixTag) uint16 {
	switch {
	case t == tagPl:
		return tagMask(tagKi)
	case possMask&(1<<t) != 0:
		return tagMask(tagPl)
	case caseMask&(1<<t) != 0:
		return tagMask(tagPl, tagKi) | possMask
	case t == tagKi:
		return tagMask(tagLoc, tagGen)
	}
	return 0
}

// Vowel indices: back vowels 0-3, front vowels 4-7; bit 1 set = rounded.
const (
	vA, vI0, vO, vU, vE, vI, vOe, vUe int8 = 0, 1, 2, 3, 4, 5, 6, 7
	noVowel                           int8 = -1
)

var vowelRunes = [8]rune{'a', 'ı', 'o', 'u', 'e', 'i', 'ö', 'ü'}

func vowelIndex(r rune) int8 {
	switch r {
	case 'a', 'â':
		return vA
	case 'ı':
		return vI0
	case 'o':
		return vO
	case 'u', 'û':
		return vU
	case 'e':
		return vE
	case 'i', 'î':
		return vI
	case 'ö':
		return vOe
	case 'ü':
		return vUe
	}
	return noVowel
}

// harmA and harmI give the vowel a suffix's A (a/e) or I (ı/i/u/ü) takes
// after a syllable whose vowel is v.
func harmA(v int8) int8 { return v & 4 }
func harmI(v int8) int8 { return v&6 | 1 }

func isVoiceless(r rune) bool {
	switch r {
	case 'ç', 'f', 'h', 'k', 'p', 's', 'ş', 't':
		return true
	}
	return false
}

// sound is what a suffix needs to know about the string to its left.
type sound struct {
	lastVowel int8 // noVowel when there is none
	endsVowel bool
	voiceless bool // ends in a voiceless consonant (fıstıkçı şahap)
}

func soundOf(s string) sound {
	c := sound{lastVowel: noVowel}
	first := true
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		v := vowelIndex(r)
		if first {
			c.endsVowel = v >= 0
			c.voiceless = isVoiceless(r)
			first = false
		}
		if v >= 0 {
			c.lastVowel = v
			return c
		}
	}
	return c
}

// Requirements an allomorph puts on its left neighbour.
const (
	needAny = iota
	needVowel
	needConsonant
)

const (
	voiceAny       = iota
	voiceVoiceless // t, ç: only after ç f h k p s ş t
	voiceVoiced    // d, c: after vowels and voiced consonants
)

const (
	harmNone = iota
	harmA2   // first vowel is A (a/e)
	harmI4   // first vowel is I (ı/i/u/ü)
)

// allomorph is one surface form of a morpheme, with what it demands of its
// left neighbour and what it offers to its right neighbour.
type allomorph struct {
	morpheme suffixTag
	surf     string
	leftMask uint16 // morphemes allowed on the left
	stemOK   bool   // may attach directly to the stem
	need     uint8  // needAny, needVowel, needConsonant
	voice    uint8  // voiceAny, voiceVoiceless, voiceVoiced
	harm     uint8  // harmNone, harmA2, harmI4
	vowel    int8   // the first vowel (for harm)
	pron     bool   // pronominal n form: left must be P3 or Ki (or a stem ending in a vowel)
	plain    bool   // non-pronominal case form: not allowed after P3 or Ki
	self     sound
	initVow  bool // starts with a vowel (triggers stem consonant softening)
}

// suffixTemplates lists each morpheme's allomorphs. Meta letters: A = a/e,
// I = ı/i/u/ü, D = d/t, C = c/ç; later vowels harmonize with earlier ones.
// A leading '+' marks the pronominal n form, a leading '-' a plain case
// form, a leading '^' a P3pl form that needs Pl on its left.
var suffixTemplates = []struct {
	morpheme suffixTag
	forms    []string
}{
	{tagPl, []string{"lAr"}},
	{tagP1sg, []string{"Im", "m"}},
	{tagP2sg, []string{"In", "n"}},
	{tagP3sg, []string{"I", "sI"}},
	{tagP1pl, []string{"ImIz", "mIz"}},
	{tagP2pl, []string{"InIz", "nIz"}},
	{tagP3pl, []string{"lArI", "^I"}},
	{tagAcc, []string{"-I", "-yI", "+nI"}},
	{tagDat, []string{"-A", "-yA", "+nA"}},
	{tagLoc, []string{"-DA", "+nDA"}},
	{tagAbl, []string{"-DAn", "+nDAn"}},
	{tagGen, []string{"In", "nIn"}},
	{tagIns, []string{"lA", "ylA"}},
	{tagEqu, []string{"-CA", "+nCA"}},
	{tagKi, []string{"ki"}},
}

// expandTemplate returns the concrete surfaces of a template, one per choice of
// the first harmonizing vowel and of the D/C consonant.
func expandTemplate(t string) []string {
	out := []string{""}
	for _, r := range t {
		var next []string
		for _, s := range out {
			switch r {
			case 'A', 'I':
				lv := soundOf(s).lastVowel
				if lv == noVowel {
					var opts []int8
					if r == 'A' {
						opts = []int8{vA, vE}
					} else {
						opts = []int8{vI0, vU, vI, vUe}
					}
					for _, v := range opts {
						next = append(next, s+string(vowelRunes[v]))
					}
					continue
				}
				v := harmA(lv)
				if r == 'I' {
					v = harmI(lv)
				}
				next = append(next, s+string(vowelRunes[v]))
			case 'D', 'C':
				hard, soft := "t", "d"
				if r == 'C' {
					hard, soft = "ç", "c"
				}
				if s == "" {
					next = append(next, hard, soft)
				} else {
					next = append(next, s+soft) // after the n buffer: always voiced
				}
			default:
				next = append(next, s+string(r))
			}
		}
		out = next
	}
	return out
}

func buildAllomorphs() []*allomorph {
	var all []*allomorph
	for _, tp := range suffixTemplates {
		for _, form := range tp.forms {
			a0 := allomorph{morpheme: tp.morpheme, leftMask: leftOfTag(tp.morpheme), stemOK: tp.morpheme != tagKi}
			switch form[0] {
			case '+':
				a0.pron, form = true, form[1:]
			case '-':
				a0.plain, form = true, form[1:]
			case '^':
				a0.stemOK, form = false, form[1:]
			}
			if tp.morpheme == tagP3pl && strings.HasPrefix(form, "l") {
				a0.leftMask = 0 // -lArI attaches to the bare stem only
			}
			for _, surf := range expandTemplate(form) {
				a := a0
				a.surf = surf
				a.self = soundOf(surf)
				first, _ := utf8.DecodeRuneInString(surf)
				switch {
				case vowelIndex(first) >= 0:
					a.need, a.initVow = needConsonant, true
				case tp.morpheme == tagIns && first == 'l':
					a.need = needConsonant // -lA after consonants, -ylA after vowels
				case strings.ContainsRune("ymns", first):
					a.need = needVowel // buffer consonant or vowel-initial form without its vowel
				}
				switch first {
				case 't', 'ç':
					a.voice = voiceVoiceless
				case 'd', 'c':
					a.voice = voiceVoiced
				}
				for _, r := range surf {
					if v := vowelIndex(r); v >= 0 {
						a.vowel = v
						break
					}
				}
				if i := strings.IndexAny(form, "AI"); i >= 0 {
					a.harm = harmI4
					if form[i] == 'A' {
						a.harm = harmA2
					}
				}
				all = append(all, &a)
			}
		}
	}
	return all
}

// chainNode is a morpheme chain, read right to left from the word end, with
// its Suffixes slice precomputed so that readings share it. A node's
// children are made on first use (child): a program meets few of the
// 2,248 chains, and making them all took 5 ms of the first Turkish
// sentence. It is safe for concurrent use: two goroutines may make the
// same child at once, and the first to store it wins.
type chainNode struct {
	tags     []suffixTag // left to right
	names    []string
	cas      string
	score    int
	rare     bool // has a first or second person possessive
	children [numTags]atomic.Pointer[chainNode]
}

const maxSuffixes = 6

// newSuffixChains returns the root of the chains: no suffix, nominative.
func newSuffixChains() *chainNode { return &chainNode{cas: "Nom"} }

// child returns the chain with morpheme t prepended to n's, or nil when
// t may not stand there (or n has maxSuffixes morphemes).
func (n *chainNode) child(t suffixTag) *chainNode {
	if c := n.children[t].Load(); c != nil {
		return c
	}
	if t < tagPl || t >= numTags || len(n.tags) == maxSuffixes || len(n.tags) > 0 && leftOfTag(n.tags[0])&(1<<t) == 0 {
		return nil
	}
	c := &chainNode{tags: append([]suffixTag{t}, n.tags...), score: n.score + tagWeight[t],
		rare: n.rare || tagWeight[t] < 0}
	c.names = make([]string, len(c.tags))
	for i, ct := range c.tags {
		c.names[i] = tagNames[ct]
	}
	last := c.tags[len(c.tags)-1]
	c.cas = "Nom"
	if caseMask&(1<<last) != 0 {
		c.cas = tagNames[last]
	}
	if n.children[t].CompareAndSwap(nil, c) {
		return c
	}
	return n.children[t].Load()
}

// lookup returns the node for tags (left to right), or nil.
func (root *chainNode) lookup(tags []suffixTag) *chainNode {
	n := root
	for i := len(tags) - 1; i >= 0 && n != nil; i-- {
		n = n.child(tags[i])
	}
	return n
}
