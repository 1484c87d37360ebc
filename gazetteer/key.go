package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/internal/fnv1a"
	"github.com/varlik/varlik/lang"
)

// Names and token sequences are compared through 64-bit FNV-1a hashes of
// their matching keys, computed rune by rune without building the key
// strings: the index then needs no per-name string and matching allocates
// nothing per token. With a few hundred thousand keys the chance that any
// text hashes onto a key it does not spell is about 1e-14 per probe.
const fnvOffset = fnv1a.Offset

func hashByte(h uint64, b byte) uint64 { return fnv1a.AddByte(h, b) }

// hashRune extends h with r's UTF-8 bytes. It does not inline: the loops
// over keys' runes call hashShortRune, which does, for the runes of one or
// two bytes, and hashRune only for the others.
func hashRune(h uint64, r rune) uint64 {
	if r < 0x800 {
		return hashShortRune(h, r)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = hashByte(h, b)
	}
	return h
}

// hashShortRune is hashRune of a rune below U+0800, of one or two bytes
// (ASCII; Latin with marks, Greek, Cyrillic), written out as
// utf8.EncodeRune would: a call was most of the cost of a Russian key's
// rune.
func hashShortRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return hashByte(h, byte(r))
	}
	return hashByte(hashByte(h, byte(0xC0|r>>6)), byte(0x80|r&0x3F))
}

// keyRune maps r to its form in a matching key, or to -1 when r is
// dropped (see mapKeyRune).
func keyRune(r rune) rune {
	if uint32(r) < uint32(len(keyRunes)) {
		return keyRunes[r]
	}
	return mapKeyRune(r)
}

// keyRunes holds mapKeyRune of the runes up to Armenian (Latin, Greek,
// Cyrillic), which news text is mostly made of: matching maps every rune
// of most tokens, and unicode.ToLower searches a table for each.
var keyRunes = func() (m [0x530]rune) {
	for r := range m {
		m[r] = mapKeyRune(rune(r))
	}
	return m
}()

// mapKeyRune maps r to its form in a matching key, or to -1 when r is
// dropped. The mapping is language-neutral and idempotent, and it
// identifies what the languages' Fold functions may still tell apart: the
// Turkish fold keeps ı and i apart (IRAK → ırak, but the English name Iraq
// → iraq), so both become i; a generic lower-casing of İ may leave a
// combining dot (U+0307), which is dropped. Turkish writes the circumflex
// optionally (Millî/Milli, hâlâ/hala), so â, î and û lose it.
func mapKeyRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A')
		case r == '`':
			return '\''
		}
		return r
	}
	switch r {
	case 'ı', 'İ', 'î', 'Î':
		return 'i'
	case 'â', 'Â':
		return 'a'
	case 'û', 'Û':
		return 'u'
	case '\u0307':
		return -1
	case 'ё', 'Ё':
		return 'е'
	case 'ς':
		return 'σ'
	case '’', '‘', 'ʼ', '´', '′':
		return '\''
	case '‐', '‑', '‒', '–', '—', '−':
		return '-'
	}
	return unicode.ToLower(r)
}

// Key character classes. A tokenizer may split a name wherever the class
// changes and around every "other" character (punctuation, symbols), so
// those are the places where a prefix of a name can end at a token end.
const (
	classLetter = iota + 1
	classDigit
	classOther
)

func keyClass(k rune) int {
	switch {
	case k < utf8.RuneSelf:
		switch {
		case 'a' <= k && k <= 'z':
			return classLetter
		case '0' <= k && k <= '9':
			return classDigit
		}
		return classOther
	case 0xC0 <= k && k < 0x250 && k != 0xD7 && k != 0xF7: // Latin-1 and Extended-A/B letters
		return classLetter
	case lang.IsLetter(k) || lang.IsMark(k):
		return classLetter
	case lang.IsDigit(k):
		return classDigit
	}
	return classOther
}

// hashKey extends h with the matching key of s (a token's Norm): every rune
// mapped by keyRune, white space runs as one space.
func hashKey(h uint64, s string) uint64 {
	h, _ = hashKeyAfter(h, s, false)
	return h
}

// hashKeyAfter is hashKey of s after a part of a key that ended in white
// space when space; it returns whether s does. When b starts with a rune's
// first byte (no UTF-8 continuation byte), hashKey(h, a+b) is
// hashKeyAfter(h', b, space) for h', space = hashKeyAfter(h, a, false)
// (TestHashKeyAfter, TestHashKeyAfterByRune): its loop over ASCII and
// hashKeySlow agree on every rune.
func hashKeyAfter(h uint64, s string, space bool) (uint64, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return hashKeySlow(h, s[i:], space)
		}
		if c == ' ' || '\t' <= c && c <= '\r' { // the ASCII white space, as isSpace tells it in hashKeySlow
			space = true
			continue
		}
		if space {
			h = hashByte(h, ' ')
			space = false
		}
		h = hashByte(h, byte(keyRune(rune(c))))
	}
	return h, space
}

// isSpace is unicode.IsSpace, in line below U+1680, the first white space
// beyond Latin-1: unicode.IsSpace was called for every Latin-1 letter of a
// key (the Turkish ç, ö and ü).
func isSpace(r rune) bool {
	if uint32(r) < 0x1680 {
		return uint32(r) < uint32(len(latin1Spaces)) && latin1Spaces[r]
	}
	return unicode.IsSpace(r)
}

// latin1Spaces tells the white space runes of Latin-1.
var latin1Spaces = func() (m [0x100]bool) {
	for r := range m {
		m[r] = unicode.IsSpace(rune(r))
	}
	return m
}()

func hashKeySlow(h uint64, s string, space bool) (uint64, bool) {
	for i := 0; i < len(s); {
		if !space {
			if h, i = hashCommon(h, s, i); i == len(s) {
				break
			}
		}
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if isSpace(r) {
			space = true
			continue
		}
		k := keyRune(r)
		if k < 0 {
			continue
		}
		if space {
			h = hashByte(h, ' ')
			space = false
		}
		h = hashRune(h, k)
	}
	return h, space
}

// keyCut is a prefix of a key, n bytes long, ending before a rune's first
// byte, with its hash and whether it ends in white space (hashKeyCuts).
type keyCut struct {
	n     int
	h     uint64
	space bool
}

// hashKeyCuts is hashKeyAfter(h, s, space), and sets the hash and space of
// each of cuts, sorted by length, to hashKeyAfter's of s[:n]: a loop with
// no call in it, where hashKeyAfter of a Cyrillic key called hashKeySlow
// and hashCommon, for the stems of a Russian word, a few runes each.
func hashKeyCuts(h uint64, s string, space bool, cuts []keyCut) (uint64, bool) {
	k := 0
	for i := 0; i < len(s); {
		for k < len(cuts) && cuts[k].n <= i {
			cuts[k].h, cuts[k].space = h, space
			k++
		}
		// а to я, most runes of Russian keys, are each its own key and no
		// white space (TestLowerCyrillicKeys): their two bytes are hashed as
		// they are, without decoding the rune and encoding its key.
		if lang.LowerCyrillicAt(s, i) {
			if space {
				h = hashByte(h, ' ')
				space = false
			}
			h = hashByte(hashByte(h, s[i]), s[i+1])
			i += 2
			continue
		}
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if isSpace(r) {
			space = true
			continue
		}
		m := keyRune(r)
		if m < 0 {
			continue
		}
		if space {
			h = hashByte(h, ' ')
			space = false
		}
		if m < 0x800 {
			h = hashShortRune(h, m)
		} else {
			h = hashRune(h, m)
		}
	}
	for ; k < len(cuts); k++ {
		cuts[k].h, cuts[k].space = h, space
	}
	return h, space
}

// hashCommon extends h with the keys of the runes that s has from byte i
// on while they are ASCII above the space or letters of two bytes from
// U+00C0 to U+04FF (Latin, Greek, Cyrillic), and returns the index of the
// first other rune. Nearly all runes of Russian and Turkish keys are such,
// none of them white space: their loop, with no call in it, keeps h and i
// in registers, where hashKeySlow's general loop stores them at every rune.
func hashCommon(h uint64, s string, i int) (uint64, int) {
	for i < len(s) {
		b0 := s[i]
		if b0 < utf8.RuneSelf {
			if b0 <= ' ' {
				break
			}
			h = hashByte(h, byte(keyRunes[b0]))
			i++
			continue
		}
		if lang.LowerCyrillicAt(s, i) {
			h = hashByte(hashByte(h, b0), s[i+1])
			i += 2
			continue
		}
		if i+1 == len(s) || b0-0xC3 > 0xD3-0xC3 || s[i+1]&0xC0 != 0x80 {
			break
		}
		switch k := keyRunes[rune(b0&0x1F)<<6|rune(s[i+1]&0x3F)]; {
		case k < 0: // dropped
		case k < 0x800: // ı and İ: i, of one byte; the others of two
			h = hashShortRune(h, k)
		default: // Ⱥ: ⱥ, of three bytes
			return h, i
		}
		i += 2
	}
	return h, i
}

// lookupKey returns the full hash of name's matching key, as walk of
// nfc(name) computes it, and false when the key is empty. Lookup's names
// are mostly ASCII, Turkish or Cyrillic, which are NFC on their own (see
// nfc): those are hashed in one pass over the bytes, without nfc's pass and
// walk's bookkeeping of prefixes and head runes; a name with any other
// rune goes through nfc and walk.
func lookupKey(name string) (uint64, bool) {
	h := fnvOffset
	empty, space := true, false
	for i := 0; i < len(name); {
		// ASCII above the space (no white space; its key one byte, never
		// dropped) and а to я, most of the runes of names, are hashed
		// with no decoding and no tables but ASCII's.
		if c := name[i]; ' ' < c && c < utf8.RuneSelf {
			if space && !empty {
				h = hashByte(h, ' ')
			}
			space, empty = false, false
			h = hashByte(h, byte(keyRunes[c]))
			i++
			continue
		}
		if lang.LowerCyrillicAt(name, i) {
			if space && !empty {
				h = hashByte(h, ' ')
			}
			space, empty = false, false
			h = hashByte(hashByte(h, name[i]), name[i+1])
			i += 2
			continue
		}
		r := rune(name[i])
		if r < utf8.RuneSelf {
			i++
		} else if c, ok := lang.TwoByteRuneAt(name, i); ok && (c < 0x300 || 0x400 <= c && c < 0x530) {
			r = c
			i += 2
		} else {
			k := nameKey{fullOnly: true}
			k.walk(nfc(name))
			return k.full, !k.empty
		}
		// White space as walk tells it: below U+0530, isSpace is true of
		// these alone.
		if r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xA0 {
			space = true
			continue
		}
		m := keyRunes[r]
		if m < 0 {
			continue
		}
		if space && !empty {
			h = hashByte(h, ' ')
		}
		space, empty = false, false
		if m < 0x800 {
			h = hashShortRune(h, m)
		} else {
			h = hashRune(h, m)
		}
	}
	return h, !empty
}

// nameKey is the walk of one name's key: its full hash, the hashes of the
// prefixes at which a token may end, and whether the name starts with a
// lower-case letter.
type nameKey struct {
	full         uint64
	prefixes     []uint64 // reused between calls
	fullOnly     bool     // walk records no prefixes (a lookup needs none)
	lowerInitial bool
	empty        bool
	// head holds the key's first nhead (at most two) runes.
	head  [2]rune
	nhead int
}

func (k *nameKey) addPrefix(h uint64) {
	if !k.fullOnly {
		k.prefixes = append(k.prefixes, h)
	}
}

// record notes r, the next rune of the key, in k.head.
func (k *nameKey) record(r rune) {
	if k.nhead < len(k.head) {
		k.head[k.nhead] = r
		k.nhead++
	}
}

// walk computes k for name (NFC already), trimming and collapsing white space.
func (k *nameKey) walk(name string) {
	k.prefixes = k.prefixes[:0]
	k.lowerInitial, k.empty = false, true
	k.nhead = 0
	h := fnvOffset
	prev := 0
	space := false
	for i := 0; i < len(name); {
		r, size := rune(name[i]), 1
		if c, ok := lang.TwoByteRuneAt(name, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(name[i:])
		}
		i += size
		if r == ' ' || r >= utf8.RuneSelf && isSpace(r) || '\t' <= r && r <= '\r' {
			space = true
			continue
		}
		m := keyRune(r)
		if m < 0 {
			continue
		}
		c := prev
		if !k.fullOnly { // the class tells prefixes only
			c = keyClass(m)
		}
		switch {
		case k.empty:
			k.lowerInitial = 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && lang.IsLower(r)
			k.empty = false
		case space:
			k.addPrefix(h)
			h = hashByte(h, ' ')
			k.record(' ')
		case c != prev || c == classOther:
			k.addPrefix(h)
		}
		space = false
		if m < 0x800 {
			h = hashShortRune(h, m)
		} else {
			h = hashRune(h, m)
		}
		k.record(m)
		prev = c
	}
	k.full = h
}
