package ru

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// formsText holds folded word forms with their counts in licensed Russian
// text, and natasha's first names marked "first" (see internal/gen).
//
//go:generate go run ./internal/gen -data ../../../shared/data -o forms.txt
//go:embed forms.txt
var formsText string

// wordForms is the parsed formsText: count by form, and the first names.
type wordForms struct {
	count map[string]int32
	first map[string]bool
}

// forms parses formsText on first use: only CitationForm needs it.
var forms = sync.OnceValue(func() *wordForms {
	f := &wordForms{count: make(map[string]int32, 1<<15), first: make(map[string]bool, 1<<13)}
	for line := range strings.Lines(formsText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(cols) < 2 {
			continue
		}
		n, err := strconv.Atoi(cols[1])
		if err != nil {
			continue // unreachable: TestFormsParse checks the embedded file
		}
		f.count[cols[0]] = int32(n)
		if len(cols) == 3 && cols[2] == "first" {
			f.first[cols[0]] = true
		}
	}
	return f
})
