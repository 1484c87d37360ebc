package tr

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The stem end of the analysis: what a stem must look like for the chain
// to its right, and the dictionary forms it may stand for.

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
	if last, _ := utf8.DecodeLastRuneInString(stem); right.initVow && !a.mainOnly && strings.ContainsRune("bcd", last) {
		// Mehmed'e, Ahmed'i; not Jinping'e, whose ng is not a softened nk.
		if cut, repl := restoreStem(stem); repl != "" {
			r.cut, r.repl = cut, repl
			r.score -= respellMalus
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
			// reng-i → renk, kitab-ı → kitap, and loans that start with
			// two consonants: grub-u → grup.
			if last == 'g' || countVowels(stem) > 1 || startsWithCluster(stem) {
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
	stem := a.word[:end]
	vowel := harmI(c.lastVowel) & 7
	r := morphReading{end: end, repl: compoundMarker[0][vowel], node: n, score: score - compoundMalus}
	if c.endsVowel {
		r.repl = compoundMarkerS[vowel] // yardımcı-lar-ı → yardımcısı
	} else if surf := loadLexicon().surfaceOf(stem); surf != "" {
		r.cut, r.repl = end, surf+compoundMarker[0][vowel] // şehir-ler-i → şehri
	} else if last, size := utf8.DecodeLastRuneInString(stem); countVowels(stem) > 1 {
		// The singular softens where the plural does not: bakanlık-lar-ı →
		// bakanlığı. Final t mostly does not (hükümet-i), so it is kept.
		soft := 0
		switch {
		case last == 'p':
			soft = 1
		case last == 'ç':
			soft = 2
		case last == 'k' && strings.HasSuffix(stem[:len(stem)-size], "n"):
			soft = 4 // renk → rengi
		case last == 'k':
			soft = 3
		}
		if soft > 0 {
			r.cut, r.repl = size, compoundMarker[soft][vowel]
		}
	}
	a.add(r)
}

// compoundMarker[s][v] is the compound marker with vowel v, after the
// softened consonant s (0: none, then b, c, ğ, g for p, ç, k, nk).
var compoundMarker = func() (t [5][8]string) {
	for s, soft := range []string{"", "b", "c", "ğ", "g"} {
		for _, v := range []int8{vI0, vU, vI, vUe} {
			t[s][v] = soft + string(vowelRunes[v])
		}
	}
	return t
}()

var compoundMarkerS = [8]string{1: "sı", 3: "su", 5: "si", 7: "sü"}

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
// come from the lexicon), in m other than lm, rm, zm (çalışm-a is çalışma;
// film, reform, turizm stay) or, unless the stem is to be restored, in a voiced
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
	if strings.ContainsRune("lrnyvğ", r1) || !restored && strings.ContainsRune("bcdg", r1) ||
		r1 == 'm' && !strings.ContainsRune("lrz", r2) {
		return shapeCost
	}
	r3, _ := utf8.DecodeLastRuneInString(stem[:len(stem)-n1-n2])
	if !isVowel(r3) && unicode.IsLetter(r3) {
		return shapeCost
	}
	return 0
}

func isVowel(r rune) bool { return vowelIndex(r) >= 0 }

func startsWithCluster(s string) bool {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsLetter(r1) && unicode.IsLetter(r2) && !isVowel(r1) && !isVowel(r2)
}

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		if vowelIndex(r) >= 0 {
			n++
		}
	}
	return n
}
