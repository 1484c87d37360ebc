package lang

import "testing"

// TestGrowTokens checks that GrowTokens keeps the tokens read so far and
// makes room for the rest of the text at the density read, on an array
// small enough to keep small pages and on one of 4 huge pages
// (adviseHugePages asks for them), which is then written through.
func TestGrowTokens(t *testing.T) {
	for _, n := range []int{10, 4 * hugePage / 56} {
		toks := make([]Token, n)
		for i := range toks {
			toks[i] = Token{Text: "a", Start: i, End: i + 1}
		}
		grown := GrowTokens(toks, n, 2*n)
		if len(grown) != n || cap(grown) < 2*n {
			t.Fatalf("%d tokens: length %d, room %d, want %d and at least %d", n, len(grown), cap(grown), n, 2*n)
		}
		for i, tok := range grown {
			if tok != toks[i] {
				t.Fatalf("%d tokens: token %d is %+v, want %+v", n, i, tok, toks[i])
			}
		}
		grown = grown[:cap(grown)]
		for i := n; i < len(grown); i++ {
			if grown[i] != (Token{}) {
				t.Fatalf("%d tokens: room at %d holds %+v", n, i, grown[i])
			}
			grown[i].Start = i
		}
	}
}
