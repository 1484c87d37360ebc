package ner

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/varlik/varlik/lang"
)

// WordClass is a class of words in a Lexicon.
type WordClass uint16

// Word classes. Each is a bit; a word may be in several.
const (
	PersonName   WordClass = 1 << (iota + 3) // given names and surnames
	PlaceName                                // single-word place names
	ProperNoun                               // other proper nouns
	CommonWord                               // dictionary words (not names)
	Abbreviation                             // abbreviations and acronyms
)

// capMask selects the capitalization bucket in a lexicon value; the word
// classes use the bits above it.
const capMask = 7

// Lexicon is word-level knowledge stored inside a model, keyed by folded
// word: a capitalization prior (how often the word is written with an
// initial capital in running text: this makes the tagger less dependent on
// the capital every sentence-initial word has) and word classes from name
// and dictionary lists. Build it before training; the model carries it, so
// tagging needs no extra files.
type Lexicon struct {
	fold  func(string) string
	forms func(string) []string
	m     lexMap
}

// lexMap maps the hash of a folded word to its capitalization bucket (low
// 3 bits: 0 unknown, 1 almost never capitalized ... 6 almost always) and
// WordClass bits.
type lexMap map[uint64]uint16

// NewLexicon returns an empty lexicon that folds words with fold (the
// language's Fold).
func NewLexicon(fold func(string) string) *Lexicon {
	return &Lexicon{fold: fold, m: lexMap{}}
}

// Len returns the number of words in the lexicon.
func (x *Lexicon) Len() int { return len(x.m) }

// SetForms makes the words added from now on enter with their inflected
// forms: forms returns a folded word's forms, the word included (for
// Russian, ru.Russian.Forms: путин → путина, путину, ...). Lists name
// words in their citation form, and text has them in every case.
func (x *Lexicon) SetForms(forms func(string) []string) { x.forms = forms }

// AddWords puts single words into class; entries with spaces are skipped.
func (x *Lexicon) AddWords(class WordClass, words ...string) {
	for _, w := range words {
		if w == "" || strings.ContainsAny(w, " \t") {
			continue
		}
		norm := x.fold(w)
		if x.forms == nil {
			x.m[hashString(norm)] |= uint16(class)
			continue
		}
		for _, f := range x.forms(norm) {
			x.m[hashString(f)] |= uint16(class)
		}
	}
}

// ReadWordList adds the words of a list to class: the first field of each
// line, skipping blank lines and lines starting with '#'; what follows a
// '[' or '/' is ignored (the formats of Zemberek's .dict files, "Ankara
// [P: Noun, Prop]", and of Hunspell .dic files, "Ankara/217").
func (x *Lexicon) ReadWordList(r io.Reader, class WordClass) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if i := strings.IndexAny(line, "[/"); i > 0 {
			line = strings.TrimSpace(line[:i])
		}
		x.AddWords(class, line)
	}
	return sc.Err()
}

// ReadCounts sets the capitalization prior from case-sensitive word
// frequencies, one "word count" pair per line separated by white space (the
// format of Zemberek's freq-100k.txt), for the words seen at least minCount
// times in all their spellings.
func (x *Lexicon) ReadCounts(r io.Reader, minCount int64) error {
	type counts struct{ upper, total int64 }
	byWord := map[string]*counts{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		n, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("ner: word counts line %d: bad count %q", line, f[1])
		}
		w := x.fold(f[0])
		c := byWord[w]
		if c == nil {
			c = &counts{}
			byWord[w] = c
		}
		c.total += n
		if lang.StartsUpper(f[0]) {
			c.upper += n
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for w, c := range byWord {
		if c.total >= minCount && lang.IsLetters(w) {
			h := hashString(w)
			x.m[h] = x.m[h]&^capMask | uint16(lang.CaseBucket(c.upper, c.total))
		}
	}
	return nil
}
