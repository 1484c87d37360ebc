package lang

// IsTerminalPunct reports whether t is sentence-final punctuation: a
// punctuation token made only of . ! ? and … (one mark or a run, as
// tokenizers that keep "..." or "?!" whole give them).
func IsTerminalPunct(t *Token) bool {
	if t.Kind != Punct || t.Text == "" {
		return false
	}
	for _, r := range t.Text {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return true
}

// IsListMarker reports whether tokens[i] is the dot of a numbered list's
// item: glued to a number of at most three digits that opens its line
// ("1. Schools were closed."), which a sentence splitter must not read as
// a sentence of its own.
func IsListMarker(text string, tokens []Token, i int) bool {
	if i == 0 || tokens[i].Text != "." {
		return false
	}
	n := &tokens[i-1]
	if n.Kind != Number || len(n.Text) > 3 || n.End != tokens[i].Start {
		return false
	}
	return i == 1 || LineBreaks(text, &tokens[i-2], n) > 0
}
