package ru

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/varlik/varlik/lang"
)

// formsText holds folded word forms with their counts in licensed Russian
// text, and natasha's first names marked "first" (see internal/gen), one
// form a line, the lines sorted by form (byte order) after the comment
// header.
//
//go:generate go run ./internal/gen -data ../../../shared/data -o forms.txt
//go:generate go test -run TestFormsIndex -update .
//go:embed forms.txt
var formsText string

// formsIndex is formsText's lines by the hash of their form
// (lang.KeyedLines), made at generate time (TestFormsIndex checks it is
// current). Parsing the 46,000 lines into maps took 25 ms of a Russian
// program's first sentence, and building the table at start 9 ms; read
// in place it costs nothing, and a look-up stays a probe or two.
//
//go:embed forms.idx
var formsIndex string

// wordForms is formsText read through formsIndex.
type wordForms struct {
	lang.KeyedLines
}

// forms is the word forms; only CitationForm and the rules that ask for a
// form's count or a first name read them.
var forms = wordForms{lang.NewKeyedLines(formsText, formsIndex)}

// count returns how often form was seen (0 when it is not listed).
func (f *wordForms) count(form string) int32 {
	return f.countParts(form, "")
}

// countParts is count of stem+end, without building it.
func (f *wordForms) countParts(stem, end string) int32 {
	rest, ok := f.ValueParts(stem, end)
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSuffix(rest, "\tfirst")) // TestFormsParse checks every count
	return int32(n)
}

// first reports whether form is one of natasha's first names.
func (f *wordForms) first(form string) bool {
	rest, ok := f.Value(form)
	return ok && strings.HasSuffix(rest, "\tfirst")
}
