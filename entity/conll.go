package entity

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// CoNLLOptions configure ReadCoNLL.
type CoNLLOptions struct {
	// Language classifies tokens (Kind) and folds them (Norm). Nil: a
	// built-in classifier and plain lower-casing.
	Language lang.Language
	// SplitApostrophes splits an apostrophe suffix off its word, as the
	// tokenizer would (Pekin'i → Pekin 'i): the word keeps the tag, the
	// suffix is O and ends the entity. For corpora such as Turkish Wiki NER
	// that keep suffixes inside the token and entity.
	SplitApostrophes bool
	// Misc reads names of other types (NORP, FAC, PRODUCT, EVENT,
	// WORK_OF_ART, LAW, LANGUAGE, MISC) as MISC instead of O: training on
	// them helps the tagger (which never outputs MISC), but evaluation
	// data must be read without.
	Misc bool
	// NestedNames, when set, tags the places and organizations it knows
	// inside TITLE and NORP spans as entities of their own (ABD in "ABD
	// Başkanı" and "ABD'li" as LOCATION), as news annotation and the
	// relation extractor have them; Wiki NER tags the whole span, which is
	// read as O or MISC. For training data only: see tagNestedNames.
	NestedNames *gazetteer.Gazetteer
}

// ReadCoNLL reads sentences in CoNLL format: one token per line, the token
// in the first column and its tag in the last (tab- or space-separated),
// a blank line between sentences, -DOCSTART- lines ignored, a byte-order
// mark and CRLF line ends tolerated. Tags may be IOB1 or IOB2 (BIOES
// prefixes are accepted too) and are returned as IOB2 over this package's
// types: PER/PERSON → PERSON; LOC/LOCATION/GPE → LOCATION;
// ORG/ORGANIZATION → ORGANIZATION; every other type → O.
//
// CoNLL has no text, only tokens: the tokens get offsets as if joined by
// single spaces.
func ReadCoNLL(r io.Reader, opt CoNLLOptions) ([]TrainingSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		out         []TrainingSentence
		words, tags []string
		line        int
	)
	flush := func() {
		if len(words) > 0 {
			out = append(out, opt.sentence(words, tags))
		}
		words, tags = words[:0], tags[:0]
	}
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r\n")
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		f := strings.Fields(s)
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		tag := "O"
		if len(f) > 1 {
			tag = f[len(f)-1]
		}
		words = append(words, f[0])
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: CoNLL line %d: %w", line+1, err)
	}
	flush()
	return out, nil
}

// ReadCoNLLFile reads a CoNLL file (see ReadCoNLL).
func ReadCoNLLFile(path string, opt CoNLLOptions) ([]TrainingSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadCoNLL(f, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// sentence builds a TrainingSentence from raw tokens and tags.
func (opt CoNLLOptions) sentence(words, rawTags []string) TrainingSentence {
	tags := normalizeTags(rawTags, opt.Misc)
	var nests []string
	if opt.NestedNames != nil {
		nests = nestTags(rawTags)
	}
	if opt.SplitApostrophes {
		var w2, t2, nests2 []string
		for i, w := range words {
			stem, suf := opt.splitSuffix(w)
			if nests != nil {
				nests2 = append(nests2, nests[i])
			}
			if suf == "" {
				w2, t2 = append(w2, w), append(t2, tags[i])
				continue
			}
			if nests != nil {
				nests2 = append(nests2, "") // the suffix ends the span
			}
			// The suffix ends the entity; one that went on past it
			// (İsveç'in Trelleborg) becomes a second entity.
			if i+1 < len(tags) && strings.HasPrefix(tags[i+1], "I-") {
				tags[i+1] = "B-" + tags[i+1][2:]
			}
			w2, t2 = append(w2, stem, suf), append(t2, tags[i], "O")
		}
		words, tags, nests = w2, t2, nests2
	}
	s := TrainingSentence{Tokens: make([]lang.Token, len(words)), Tags: tags}
	off := 0
	for i, w := range words {
		t := lang.Token{Text: w, Start: off, End: off + len(w), Kind: opt.kind(w)}
		t.Norm = fold(&t, opt.Language)
		s.Tokens[i] = t
		off += len(w) + 1
	}
	if nests != nil {
		opt.tagNestedNames(&s, nests)
	}
	return s
}

// normalizeTags maps raw tags to IOB2 over PERSON, LOCATION, ORGANIZATION.
func normalizeTags(raw []string, keepMisc bool) []string {
	out := make([]string, len(raw))
	prev := ""
	for i, t := range raw {
		prefix, typ := "", t
		if len(t) > 2 && t[1] == '-' {
			prefix, typ = t[:1], t[2:]
		}
		var mapped Type
		switch strings.ToUpper(typ) {
		case "PER", "PERSON":
			mapped = Person
		case "LOC", "LOCATION", "GPE":
			mapped = Location
		case "ORG", "ORGANIZATION":
			mapped = Organization
		case "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "MISC":
			if keepMisc {
				mapped = misc
			}
		}
		if mapped == "" {
			out[i], prev = "O", ""
			continue
		}
		begin := prefix == "B" || prefix == "S" || prefix == "U" || string(mapped) != prev
		if begin {
			out[i] = "B-" + string(mapped)
		} else {
			out[i] = "I-" + string(mapped)
		}
		prev = string(mapped)
		if prefix == "E" || prefix == "L" || prefix == "S" || prefix == "U" {
			prev = "" // the entity ends here
		}
	}
	return out
}

// splitSuffix splits w into a word and an apostrophe suffix the way the
// language's tokenizer does, or by the built-in rule (an apostrophe after a
// letter or digit, followed by lower-case letters only). suf is "" when w
// has none.
func (opt CoNLLOptions) splitSuffix(w string) (stem, suf string) {
	if opt.Language != nil {
		toks := opt.Language.Tokenize(w)
		if n := len(toks); n >= 2 && toks[n-1].Kind == lang.Suffix && toks[n-1].End == len(w) {
			return w[:toks[n-1].Start], w[toks[n-1].Start:]
		}
		return w, ""
	}
	for i, r := range w {
		if i == 0 || !isApostrophe(r) {
			continue
		}
		rest := w[i+utf8.RuneLen(r):]
		if rest != "" && isLetters(rest) && unicode.IsLower([]rune(rest)[0]) {
			return w[:i], w[i:]
		}
	}
	return w, ""
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´'
}

// kind classifies a lone token text: an apostrophe suffix is Suffix; else
// the language's tokenizer decides when it keeps the text as one token,
// and the text is a Word when it splits it; without a language, a simple
// character-class rule.
func (opt CoNLLOptions) kind(w string) lang.Kind {
	if r, size := utf8.DecodeRuneInString(w); isApostrophe(r) && size < len(w) && isLetters(w[size:]) && !startsUpper(w[size:]) {
		return lang.Suffix
	}
	if opt.Language != nil {
		if toks := opt.Language.Tokenize(w); len(toks) == 1 {
			return toks[0].Kind
		}
		return lang.Word
	}
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	switch {
	case letters > 0:
		return lang.Word
	case digits > 0:
		return lang.Number
	case unicode.IsPunct([]rune(w)[0]):
		return lang.Punct
	}
	return lang.Symbol
}
