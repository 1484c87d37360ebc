package lang

import "testing"

func TestEstimateTokens(t *testing.T) {
	tests := []struct {
		text   string
		tokens int // as the Turkish, English or Russian tokenizer splits it
	}{
		{"", 0},
		{"Ankara'da üç kişi öldü.", 6}, // Ankara 'da üç kişi öldü .
		{"ABD’nin başkenti «Vaşington» değil mi?", 9},             // ABD ’nin başkenti « Vaşington » değil mi ?
		{"Москва — столица России.", 5},                           // Москва — столица России .
		{"The U.N. said it doesn't know (yet).", 11},              // The U.N. said it does n't know ( yet ) .
		{"Çin-Rusya zirvesi 1.250.000 kişiyi ilgilendiriyor…", 8}, // Çin - Rusya zirvesi 1.250.000 kişiyi ilgilendiriyor …
	}
	for _, tt := range tests {
		got := EstimateTokens(tt.text)
		if got < tt.tokens || got > tt.tokens+4 {
			t.Errorf("EstimateTokens(%q) = %d, want %d to %d", tt.text, got, tt.tokens, tt.tokens+4)
		}
		if toks := MakeTokens(tt.text); len(toks) != 0 || cap(toks) < tt.tokens {
			t.Errorf("MakeTokens(%q): len %d cap %d, want 0 and at least %d", tt.text, len(toks), cap(toks), tt.tokens)
		}
	}
}
