package lang

import "testing"

func TestSentenceWindowEnd(t *testing.T) {
	words := func(n int, punctAt ...int) []Token {
		toks := make([]Token, n)
		for _, i := range punctAt {
			toks[i].Kind = Punct
		}
		return toks
	}
	// sized returns n tokens of size bytes each, laid end to end.
	sized := func(n, size int, punctAt ...int) []Token {
		toks := words(n, punctAt...)
		for i := range toks {
			toks[i].Start, toks[i].End = i*size, (i+1)*size
		}
		return toks
	}
	tests := []struct {
		name              string
		toks              []Token
		first, last, want int
	}{
		{"short sentence", words(10), 0, 10, 10},
		{"exactly one window", words(MaxSentenceTokens), 0, MaxSentenceTokens, MaxSentenceTokens},
		{"no punctuation", words(3 * MaxSentenceTokens), 0, 3 * MaxSentenceTokens, MaxSentenceTokens},
		{"cut after the last punctuation", words(3*MaxSentenceTokens, 700, 900), 0, 3 * MaxSentenceTokens, 901},
		{"punctuation too early is ignored", words(3*MaxSentenceTokens, 10), 0, 3 * MaxSentenceTokens, MaxSentenceTokens},
		{"window from the middle", words(3*MaxSentenceTokens, 1800), 1000, 3 * MaxSentenceTokens, 1801},
		{"rest fits", words(3 * MaxSentenceTokens), 2 * MaxSentenceTokens, 3 * MaxSentenceTokens, 3 * MaxSentenceTokens},
		{"huge tokens: cut by bytes", sized(10, MaxSentenceBytes/4), 0, 10, 4},
		{"one token over the byte budget is a window", sized(3, 2*MaxSentenceBytes), 0, 3, 1},
		{"byte cut after punctuation", sized(10, MaxSentenceBytes/8, 5), 0, 10, 6},
	}
	for _, tt := range tests {
		if got := SentenceWindowEnd(tt.toks, tt.first, tt.last); got != tt.want {
			t.Errorf("%s: SentenceWindowEnd(%d, %d) = %d, want %d", tt.name, tt.first, tt.last, got, tt.want)
		}
	}
}

func TestBoundSentences(t *testing.T) {
	// n words of 3 bytes and a space, a comma every 700th token.
	const n = 3*MaxSentenceTokens + 100
	toks := make([]Token, n)
	for i := range toks {
		toks[i] = Token{Start: 4 * i, End: 4*i + 3}
		if i%700 == 699 {
			toks[i].Kind = Punct
		}
	}
	short := []Sentence{{Start: 0, End: toks[9].End, First: 0, Last: 10}, {Start: toks[10].Start, End: toks[19].End, First: 10, Last: 20}}
	if got := BoundSentences(toks, short); &got[0] != &short[0] || len(got) != 2 {
		t.Errorf("sentences within the bounds: got %v, want the same slice", got)
	}
	sents := []Sentence{short[0], {Start: toks[10].Start, End: toks[n-1].End, First: 10, Last: n}}
	got := BoundSentences(toks, sents)
	if got[0] != short[0] || len(got) < 1+n/MaxSentenceTokens {
		t.Fatalf("got %d sentences %v", len(got), got)
	}
	next := 10
	for _, s := range got[1:] {
		if s.First != next || s.Last-s.First > MaxSentenceTokens || s.Last <= s.First ||
			s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
			t.Errorf("piece %+v: want First %d, at most %d tokens, offsets of its tokens", s, next, MaxSentenceTokens)
		}
		if s.Last != n && toks[s.Last-1].Kind != Punct {
			t.Errorf("piece %+v is not cut after a comma", s)
		}
		next = s.Last
	}
	if next != n {
		t.Errorf("pieces end at %d, want %d", next, n)
	}
}
