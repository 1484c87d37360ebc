package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestWindowEnd(t *testing.T) {
	words := func(n int, punctAt ...int) []lang.Token {
		toks := make([]lang.Token, n)
		for _, i := range punctAt {
			toks[i].Kind = lang.Punct
		}
		return toks
	}
	// sized returns n tokens of size bytes each, laid end to end.
	sized := func(n, size int, punctAt ...int) []lang.Token {
		toks := words(n, punctAt...)
		for i := range toks {
			toks[i].Start, toks[i].End = i*size, (i+1)*size
		}
		return toks
	}
	tests := []struct {
		name              string
		toks              []lang.Token
		first, last, want int
	}{
		{"short sentence", words(10), 0, 10, 10},
		{"exactly one window", words(maxWindowTokens), 0, maxWindowTokens, maxWindowTokens},
		{"no punctuation", words(3 * maxWindowTokens), 0, 3 * maxWindowTokens, maxWindowTokens},
		{"cut after the last punctuation", words(3*maxWindowTokens, 700, 900), 0, 3 * maxWindowTokens, 901},
		{"punctuation too early is ignored", words(3*maxWindowTokens, 10), 0, 3 * maxWindowTokens, maxWindowTokens},
		{"window from the middle", words(3*maxWindowTokens, 1800), 1000, 3 * maxWindowTokens, 1801},
		{"rest fits", words(3 * maxWindowTokens), 2 * maxWindowTokens, 3 * maxWindowTokens, 3 * maxWindowTokens},
		{"huge tokens: cut by bytes", sized(10, maxWindowBytes/4), 0, 10, 4},
		{"one token over the byte budget is a window", sized(3, 2*maxWindowBytes), 0, 3, 1},
		{"byte cut after punctuation", sized(10, maxWindowBytes/8, 5), 0, 10, 6},
	}
	for _, tt := range tests {
		if got := windowEnd(tt.toks, tt.first, tt.last); got != tt.want {
			t.Errorf("%s: windowEnd(%d, %d) = %d, want %d", tt.name, tt.first, tt.last, got, tt.want)
		}
	}
}
