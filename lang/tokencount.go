package lang

// tokenBreaks marks the bytes that may end a token or be one: white
// space, ASCII punctuation and symbols, and the lead bytes of the runes
// of Latin-1 symbols (C2: « » °), of general punctuation and symbols (E2:
// ’ “ ” — …, E3: CJK marks, EF: full-width forms) and of emoji (F0).
// Letters, digits and the lead bytes of letters (Turkish C3 C4 C5,
// Cyrillic D0 D1) are not marked.
var tokenBreaks = func() (t [256]uint8) {
	for _, c := range " \t\n\r\v\f!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" {
		t[c] = 1
	}
	for _, c := range []byte{0xC2, 0xE2, 0xE3, 0xEF, 0xF0} {
		t[c] = 1
	}
	return t
}()

// EstimateTokens returns about the number of tokens in text, and more
// rather than fewer: one for each marked byte (tokenBreaks) and one. In
// running text every token but the last ends at such a byte (a word at
// the space or mark after it, a mark at itself), so that only tokens
// that split a run of letters (an apostrophe suffix is counted at its
// apostrophe) or that join marks (1.250.000, A.Ş., ...) make the count
// differ from the tokens.
//
// It reads eight bytes a step, their marks summed in a byte (at most 8),
// as every tokenizer calls it on its whole text: one byte a step was about
// seven instructions a byte, a tenth of Russian tokenizing.
func EstimateTokens(text string) int {
	n := 1
	i := 0
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8] // one bounds check for the eight reads
		n += int(tokenBreaks[b[0]] + tokenBreaks[b[1]] + tokenBreaks[b[2]] + tokenBreaks[b[3]] +
			tokenBreaks[b[4]] + tokenBreaks[b[5]] + tokenBreaks[b[6]] + tokenBreaks[b[7]])
	}
	for ; i < len(text); i++ {
		n += int(tokenBreaks[text[i]])
	}
	return n
}
