package lang_test

import (
	"fmt"

	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/tr" // registers "tr"
)

// A registered Language tokenizes with exact byte offsets; Norm is the
// folded form used for matching.
func ExampleGet() {
	tr, ok := lang.Get("tr")
	if !ok {
		panic("tr is not registered")
	}
	text := "İSTANBUL'da Çin’in Başbakanı konuştu."
	for _, t := range tr.Tokenize(text) {
		fmt.Printf("%d-%d %-8s %q → %q\n", t.Start, t.End, t.Kind, text[t.Start:t.End], t.Norm)
	}
	// Output:
	// 0-9 word     "İSTANBUL" → "istanbul"
	// 9-12 suffix   "'da" → "'da"
	// 13-17 word     "Çin" → "çin"
	// 17-22 suffix   "’in" → "'in"
	// 23-34 word     "Başbakanı" → "başbakanı"
	// 35-43 word     "konuştu" → "konuştu"
	// 43-44 punct    "." → "."
}
