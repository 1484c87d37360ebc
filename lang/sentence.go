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
