package ru

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// formsText holds folded word forms with their counts in licensed Russian
// text, and natasha's first names marked "first" (see internal/gen), one
// form a line, the lines sorted by form (byte order) after the comment
// header.
//
//go:generate go run ./internal/gen -data ../../../shared/data -o forms.txt
//go:embed forms.txt
var formsText string

// wordForms searches formsText in place, through an open-addressing hash
// table of its lines' start offsets. Parsing the 46,000 lines into maps
// took 25 ms of a Russian program's first sentence; the table takes about
// one, and a look-up stays one probe or two.
type wordForms struct {
	body  string   // formsText without its comment header
	slots []uint32 // 1 + the start of a line of body, or 0 for an empty slot
}

// forms indexes formsText on first use: only CitationForm and the rules
// that ask for a form's count or a first name need it.
var forms = sync.OnceValue(func() *wordForms {
	body := formsText
	for strings.HasPrefix(body, "#") {
		_, body, _ = strings.Cut(body, "\n")
	}
	n := strings.Count(body, "\n")
	size := 1
	for size < 2*n {
		size <<= 1
	}
	f := &wordForms{body: body, slots: make([]uint32, size)}
	for off := 0; off < len(body); {
		form, _, _ := strings.Cut(f.line(uint32(off)), "\t")
		i := f.probe(form)
		f.slots[i] = uint32(off) + 1
		next := strings.IndexByte(body[off:], '\n')
		if next < 0 {
			break
		}
		off += next + 1
	}
	return f
})

// line returns the line of body that starts at off, without its newline.
func (f *wordForms) line(off uint32) string {
	s := f.body[off:]
	if n := strings.IndexByte(s, '\n'); n >= 0 {
		s = s[:n]
	}
	return s
}

// probe returns the slot of form: the one holding its line, or the empty
// slot where it would go.
func (f *wordForms) probe(form string) int {
	mask := len(f.slots) - 1
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(form); i++ {
		h = (h ^ uint64(form[i])) * 1099511628211
	}
	for i := int(h) & mask; ; i = (i + 1) & mask {
		v := f.slots[i]
		if v == 0 {
			return i
		}
		if w, _, _ := strings.Cut(f.line(v-1), "\t"); w == form {
			return i
		}
	}
}

// lookup returns the columns after form on its line ("134" or
// "2556\tfirst"), and whether form is listed.
func (f *wordForms) lookup(form string) (string, bool) {
	v := f.slots[f.probe(form)]
	if v == 0 {
		return "", false
	}
	_, rest, _ := strings.Cut(f.line(v-1), "\t")
	return rest, true
}

// count returns how often form was seen (0 when it is not listed).
func (f *wordForms) count(form string) int32 {
	rest, ok := f.lookup(form)
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
