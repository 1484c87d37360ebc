package ru

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/varlik/varlik/internal/fnv1a"
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

// formsIndex is the open-addressing hash table of formsText's lines, made
// at generate time (TestFormsIndex checks it is current): little-endian
// uint32 slots, a power of two of them, each 1 + the start of a line of
// the body (formsText without its header) or 0 for an empty slot; a form
// sits at the first slot from its FNV-1a hash on that holds it or is
// empty. Parsing the 46,000 lines into maps took 25 ms of a Russian
// program's first sentence, and building the table at start 9 ms; read
// in place it costs nothing, and a look-up stays a probe or two.
//
//go:embed forms.idx
var formsIndex string

// wordForms searches formsText through formsIndex.
type wordForms struct {
	body  string // formsText without its comment header
	slots string // formsIndex
}

// forms returns the word forms; only CitationForm and the rules that ask
// for a form's count or a first name need them.
var forms = sync.OnceValue(func() *wordForms {
	return &wordForms{body: formsBody(formsText), slots: formsIndex}
})

// formsBody returns text without its leading comment lines.
func formsBody(text string) string {
	for strings.HasPrefix(text, "#") {
		_, text, _ = strings.Cut(text, "\n")
	}
	return text
}

// line returns the line of body that starts at off, without its newline.
func (f *wordForms) line(off uint32) string {
	s := f.body[off:]
	if n := strings.IndexByte(s, '\n'); n >= 0 {
		s = s[:n]
	}
	return s
}

// slot returns slot i of the index.
func (f *wordForms) slot(i int) uint32 { return lang.SlotAt(f.slots, uint64(i)) }

// formHash is the FNV-1a hash of form, which places it in the index.
func formHash(form string) uint64 { return fnv1a.String(form) }

// extendFormHash returns h, the hash of a form's first bytes, extended
// by its next bytes s.
func extendFormHash(h uint64, s string) uint64 { return fnv1a.AddString(h, s) }

// lookup returns the columns after form on its line ("134" or
// "2556\tfirst"), and whether form is listed.
func (f *wordForms) lookup(form string) (string, bool) {
	return f.lookupParts(form, "")
}

// lookupParts is lookup of stem+end, without building it: the adjective
// rules ask for a stem with each of several endings.
func (f *wordForms) lookupParts(stem, end string) (string, bool) {
	n := len(f.slots) / 4
	if n == 0 {
		return "", false
	}
	for i := int(extendFormHash(formHash(stem), end)) & (n - 1); ; i = (i + 1) & (n - 1) {
		v := f.slot(i)
		if v == 0 {
			return "", false
		}
		if w, rest, _ := strings.Cut(f.line(v-1), "\t"); len(w) == len(stem)+len(end) && w[:len(stem)] == stem && w[len(stem):] == end {
			return rest, true
		}
	}
}

// count returns how often form was seen (0 when it is not listed).
func (f *wordForms) count(form string) int32 {
	return f.countParts(form, "")
}

// countParts is count of stem+end, without building it.
func (f *wordForms) countParts(stem, end string) int32 {
	rest, ok := f.lookupParts(stem, end)
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSuffix(rest, "\tfirst")) // TestFormsParse checks every count
	return int32(n)
}

// first reports whether form is one of natasha's first names.
func (f *wordForms) first(form string) bool {
	rest, ok := f.lookup(form)
	return ok && strings.HasSuffix(rest, "\tfirst")
}
