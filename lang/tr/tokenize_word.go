package tr

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// letterToken scans a token that starts with a letter: a word, URL,
// e-mail address, abbreviation or Roman-numeral ordinal.
func (t *tokenizer) letterToken(i int) int {
	text := t.text
	if mayStartURL(text, i) {
		if j := scanURLPrefix(text, i); j > 0 {
			return t.emit(i, j, lang.URL)
		}
	}
	end, folded := scanWord(text, i)
	if end < len(text) {
		switch text[end] {
		case '@', '_', '+', '%', '-':
			if j := scanEmail(text, i); j > 0 {
				return t.emit(i, j, lang.Email)
			}
		case '.':
			if j := scanEmail(text, i); j > 0 {
				return t.emit(i, j, lang.Email)
			}
			if j := scanHost(text, i); j > 0 {
				return t.emit(i, j, lang.URL)
			}
			if j, k := periodWord(text, i, end); j > 0 {
				return t.emit(i, j, k)
			}
		}
	}
	return t.emitWord(i, end, folded)
}

// scanWord returns the end of the word starting at i: letters, digits and
// combining marks, joined across inner hyphens and name apostrophes by
// joinHyphen and joinApostrophe, and across soft hyphens and zero-width
// (non-)joiners between word characters. A word ends after
// lang.MaxTokenBytes even so. It also returns foldedPrefix(s[i:end]), the
// length of the word's start that folding leaves as it is: Turkish words
// are mostly folded already, and this saves emitWord a second pass.
func scanWord(s string, i int) (end, folded int) {
	w := s[:min(len(s), i+lang.MaxTokenBytes)] // s itself for what follows the word
	j, seg := i, i                             // seg: start of the current hyphen segment
	changed := -1                              // the first byte folding changes, or -1
loop:
	for j < len(w) {
		// Most of a word is ASCII letters and digits and Latin letters of
		// two bytes (ç, ğ, ı, ö, ş, ü): a loop of their own steps over them
		// with no call to keep registers across. cases gathers the ASCII
		// ones' classes, so that the first capital, which folding changes,
		// is looked for only in a run that has one.
		run, cases := j, uint8(0)
		for j < len(w) {
			for ; j < len(w) && asciiWord[w[j]] != 0; j++ {
				cases |= asciiWord[w[j]]
			}
			if j == len(w) {
				break
			}
			r, ok := latinRune(w, j)
			if !ok || latinClasses[r]&latinWordRune == 0 {
				break
			}
			if latinClasses[r]&latinFoldsToItself == 0 && changed < 0 {
				changed = j
				if cases&asciiUpper != 0 { // an ASCII capital before it
					changed = firstCapital(w, run)
				}
			}
			j += 2
		}
		if cases&asciiUpper != 0 && changed < 0 {
			changed = firstCapital(w, run)
		}
		if j == len(w) {
			break
		}
		if c := w[j]; c < utf8.RuneSelf {
			switch {
			case c == '-' && joinHyphen(s, seg, j):
				j++
				seg = j
			case (c == '\'' || c == '`') && joinApostrophe(s, seg, j+1):
				if c == '`' && changed < 0 {
					changed = j // folded to '
				}
				j++
			default:
				break loop
			}
			continue
		}
		r, n := lang.DecodeRune(s[j:])
		switch {
		case lang.IsWordRune(r): // from a table for ş, ğ, ı and İ, where package unicode searches
		case r == 0xAD || r == 0x200C || r == 0x200D:
			if r2, n2 := runeAt(s, j+n); n2 == 0 || !isWordRune(r2) {
				break loop
			}
		case isApostrophe(r) && joinApostrophe(s, seg, j+n):
		default:
			break loop
		}
		if changed < 0 && !foldsToItself(r) {
			changed = j
		}
		j += n
	}
	if changed < 0 {
		return j, j - i
	}
	return j, changed - i
}

// foldsToItself reports whether folding leaves the valid rune r as it is
// (as foldedPrefix decides).
func foldsToItself(r rune) bool {
	return r < rune(len(foldedBelowMarks)) && foldedBelowMarks[r] == r
}

// firstCapital returns the index of the first ASCII capital in w from
// byte i on, where there is one.
func firstCapital(w string, i int) int {
	for w[i]-'A' >= 26 {
		i++
	}
	return i
}

// Classes of the runes below the combining marks (latinClasses).
const (
	latinWordRune      uint8 = 1 << iota // lang.IsWordRune
	latinFoldsToItself                   // foldsToItself
)

// latinClasses holds, for each rune below the combining marks, whether it
// continues a word and whether folding leaves it as it is: scanWord asks
// both of every Turkish letter that is not ASCII, which it decodes in line
// (latinRune), where decoding it and asking lang.IsWordRune were two calls.
var latinClasses = func() (t [len(foldedBelowMarks)]uint8) {
	for r := range t {
		if lang.IsWordRune(rune(r)) {
			t[r] |= latinWordRune
		}
		if foldsToItself(rune(r)) {
			t[r] |= latinFoldsToItself
		}
	}
	return t
}()

// joinHyphen decides whether the hyphen at j, inside a word whose current
// segment starts at seg, joins two parts of one word. It splits only
// between two capitalized names (Çin-Rusya, ABD-AB) so that each can be
// matched on its own; lower-case compounds (sosyo-ekonomik), single-letter
// prefixes (e-Devlet, T-shirt) and codes with digits (Kovid-19) stay whole.
func joinHyphen(s string, seg, j int) bool {
	r, n := runeAt(s, j+1)
	if n == 0 {
		return false
	}
	if r < utf8.RuneSelf && isASCIIDigit(byte(r)) {
		return true
	}
	if !lang.IsLetter(r) {
		return false
	}
	if !lang.IsUpper(r) {
		return true
	}
	first, fn := runeAt(s, seg)
	return !lang.IsUpper(first) || seg+fn >= j
}

// joinApostrophe decides whether the apostrophe ending at j (the byte after
// it) belongs inside a name such as O'Neill or d'Estaing: a prefix of at
// most two letters before it and a capitalized word with lower-case letters
// after it. Everywhere else the apostrophe starts a suffix (Çin'in,
// ANKARA'DA). A lone l after it is the Arabic article of a name (Ebu'l
// Hasan, Abdü'l Hamid), no Turkish suffix: every suffix has a vowel.
func joinApostrophe(s string, seg, j int) bool {
	if j < len(s) && s[j] == 'l' && utf8.RuneCountInString(s[seg:j]) > 2 && !letterAt(s, j+1) { // two letters and the apostrophe at least
		return true
	}
	if j-seg > 12 || utf8.RuneCountInString(s[seg:j]) > 3 { // prefix + apostrophe
		return false
	}
	r, n := runeAt(s, j)
	if n == 0 || !lang.IsUpper(r) {
		return false
	}
	for k := j + n; k < len(s); {
		r, n := runeAt(s, k)
		if !lang.IsLetter(r) {
			return false
		}
		if lang.IsLower(r) {
			return true
		}
		k += n
	}
	return false
}

// letterAt reports whether a letter begins at byte i of s.
func letterAt(s string, i int) bool {
	r, n := runeAt(s, i)
	return n > 0 && lang.IsLetter(r)
}

// suffixable reports whether an apostrophe at i directly follows a token
// that can carry a case suffix.
func (t *tokenizer) suffixable(i int) bool {
	if len(t.toks) == 0 {
		return false
	}
	last := t.toks[len(t.toks)-1]
	if last.End != i {
		return false
	}
	switch last.Kind {
	case lang.Word, lang.Number, lang.Abbreviation, lang.Date, lang.Time, lang.Percent,
		lang.URL, lang.Email, lang.Hashtag, lang.Mention:
		return true
	}
	return false
}

// suffixToken emits the suffix at i (apostrophe of size bytes, then
// letters). A digits-only number before an ordinal suffix (1'inci,
// 3'üncü) becomes an Ordinal.
func (t *tokenizer) suffixToken(i, size int) int {
	j := i + size
	for j < len(t.text) && j-i < lang.MaxTokenBytes {
		r, n := runeAt(t.text, j)
		if !lang.IsLetter(r) && !lang.IsMark(r) {
			break
		}
		j += n
	}
	prev := &t.toks[len(t.toks)-1]
	if prev.Kind == lang.Number && allDigits(prev.Text) && isOrdinalSuffix(t.text[i+size:j]) {
		prev.Kind = lang.Ordinal
	}
	return t.emit(i, j, lang.Suffix)
}

// isOrdinalSuffix reports whether s (without apostrophe) starts with the
// ordinal suffix -(I)ncI: inci, ıncı, uncu, üncü, nci, ncı, ncu, ncü.
func isOrdinalSuffix(s string) bool {
	var rs [4]rune
	k := 0
	for _, r := range s {
		if k == len(rs) {
			break
		}
		rs[k] = unicode.TurkishCase.ToLower(r)
		k++
	}
	v := func(r rune) bool { return r == 'i' || r == 'ı' || r == 'u' || r == 'ü' }
	if k >= 1 && v(rs[0]) {
		copy(rs[:], rs[1:])
		k--
	}
	return k >= 3 && rs[0] == 'n' && rs[1] == 'c' && v(rs[2])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// periodWord decides whether the period at end, after the word s[i:end],
// belongs to the word. It returns the token end and Kind, or 0.
func periodWord(s string, i, end int) (int, lang.Kind) {
	if j := scanChain(s, i); j > 0 {
		return j, lang.Abbreviation
	}
	w := s[i:end]
	if isRoman(w) && letterFollows(s, end+1) {
		return end + 1, lang.Ordinal
	}
	if isAbbreviation(w) {
		return end + 1, lang.Abbreviation
	}
	if r, n := runeAt(w, 0); lang.IsUpper(r) && onlyMarks(w[n:]) {
		return end + 1, lang.Abbreviation // an initial: M. Kemal
	}
	return 0, 0
}

func onlyMarks(s string) bool {
	for _, r := range s {
		if !lang.IsMark(r) {
			return false
		}
	}
	return true
}

// maxChain bounds the segments of a letter chain so that scanning stays
// linear on inputs like "a.a.a.a…".
const maxChain = 8

// scanChain returns the end of a chain of one- or two-letter segments each
// followed by a period (T.C., A.Ş., M.Ö., a.g.e.), at least two segments,
// or 0.
func scanChain(s string, i int) int {
	// Three letters or digits of ASCII make a first segment no chain has:
	// most words that a period follows, turned away without decoding.
	if i+2 < len(s) && isASCIIAlnum(s[i]) && isASCIIAlnum(s[i+1]) && isASCIIAlnum(s[i+2]) {
		return 0
	}
	j, segs, end := i, 0, 0
	for segs < maxChain {
		k, letters := j, 0
		for k < len(s) {
			r, n := runeAt(s, k)
			if lang.IsLetter(r) {
				letters++
			} else if !lang.IsMark(r) || letters == 0 {
				break
			}
			k += n
		}
		if letters == 0 || letters > 2 || k >= len(s) || s[k] != '.' {
			break
		}
		segs++
		end = k + 1
		if !isLetterAt(s, end) {
			break
		}
		j = end
	}
	if segs < 2 {
		return 0
	}
	return end
}

// letterFollows reports whether a letter or digit follows position i after
// optional spaces on the same line.
func letterFollows(s string, i int) bool {
	i = skipBlanks(s, i)
	r, n := runeAt(s, i)
	return n > 0 && (lang.IsLetter(r) || lang.IsDigit(r))
}

// skipBlanks skips spaces, tabs and no-break spaces (not line breaks).
func skipBlanks(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// isRoman reports whether w is a canonical Roman numeral below 400 made of
// I, V, X, L, C; single letters other than I, V and X are initials.
func isRoman(w string) bool {
	if len(w) == 0 || len(w) > 9 {
		return false
	}
	if len(w) == 1 {
		return w == "I" || w == "V" || w == "X"
	}
	total := 0
	for k := 0; k < len(w); k++ {
		v := romanValue(w[k])
		if v == 0 {
			return false
		}
		if k+1 < len(w) && romanValue(w[k+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return total > 0 && total < 400 && toRoman(total) == w
}

func romanValue(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

func toRoman(n int) string {
	vals := [...]int{100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b []byte
	for k, v := range vals {
		for n >= v {
			b = append(b, syms[k]...)
			n -= v
		}
	}
	return string(b)
}
