package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// Options configure ReadCoNLL.
type Options struct {
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
	// NorpBodies, with NestedNames, reads a NORP span whose last word is
	// the head noun of an organization's name (lang.OrganizationHeads:
	// İşçi Partisi, Osmanlı Ordusu) as an ORGANIZATION, unless the
	// gazetteer knows the span as a place (Sovyetler Birliği): Turkish Wiki
	// NER tags a third of its parties NORP, news annotation all of them
	// ORGANIZATION. For training data only: see tagNestedNames.
	NorpBodies bool
	// TokenColumn and TagColumn, when not 0, are the 1-based columns of
	// the token and the tag (UD-style files such as Universal NER:
	// index, token, tag, ...); by default the token is the first column
	// and the tag the last.
	TokenColumn, TagColumn int
	// Comments skips lines that start with "# " (CoNLL-U comments such as
	// "# sent_id = ..." and "# text = ...").
	Comments bool
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
func Read(r io.Reader, opt Options) ([]annotation.TaggedSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		out         []annotation.TaggedSentence
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
		if opt.Comments && strings.HasPrefix(s, "# ") {
			continue
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
		word, tag := f[0], "O"
		if len(f) > 1 {
			tag = f[len(f)-1]
		}
		if opt.TokenColumn > 0 || opt.TagColumn > 0 {
			tc, gc := max(opt.TokenColumn, 1), opt.TagColumn
			if gc == 0 {
				gc = len(f)
			}
			if tc > len(f) || gc > len(f) {
				return nil, fmt.Errorf("conll: line %d has %d columns, want token column %d and tag column %d", line, len(f), tc, gc)
			}
			word, tag = f[tc-1], f[gc-1]
		}
		words = append(words, word)
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: line %d: %w", line+1, err)
	}
	flush()
	return out, nil
}

// DocStart reports whether line, a line of CoNLL data, starts a document:
// its first field is -DOCSTART- (CoNLL-2003's "-DOCSTART- -X- O O"). Read
// skips such lines; programs that tag or score a file document by
// document split it at them.
func DocStart(line string) bool {
	f := strings.Fields(line)
	return len(f) > 0 && f[0] == "-DOCSTART-"
}

// ReadCoNLLFile reads a CoNLL file (see ReadCoNLL).
func ReadFile(path string, opt Options) ([]annotation.TaggedSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// sentence builds a annotation.TaggedSentence from raw tokens and tags.
func (opt Options) sentence(words, rawTags []string) annotation.TaggedSentence {
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
	s := annotation.TaggedSentence{Tokens: make([]lang.Token, len(words)), Tags: tags}
	off := 0
	for i, w := range words {
		t := lang.Token{Text: w, Start: off, End: off + len(w), Kind: opt.kind(w)}
		t.Norm = lang.FoldToken(&t, opt.Language)
		s.Tokens[i] = t
		off += len(w) + 1
	}
	if nests != nil {
		opt.tagNestedNames(&s, nests)
	}
	return s
}

// Normalize maps tags as Read does (IOB1, IOB2 or BIOES; PER, GPE, ORG and
// the other spellings) to IOB2 over PERSON, LOCATION and ORGANIZATION;
// other types become O.
func Normalize(raw []string) []string { return normalizeTags(raw, false) }

// normalizeTags maps raw tags to IOB2 over PERSON, LOCATION, ORGANIZATION.
func normalizeTags(raw []string, keepMisc bool) []string {
	out := make([]string, len(raw))
	prev := ""
	for i, t := range raw {
		prefix, typ := "", t
		if len(t) > 2 && t[1] == '-' {
			prefix, typ = t[:1], t[2:]
		}
		var mapped annotation.Type
		switch strings.ToUpper(typ) {
		case "PER", "PERSON":
			mapped = annotation.Person
		case "LOC", "LOCATION", "GPE":
			mapped = annotation.Location
		case "ORG", "ORGANIZATION", "CORPORATION", "GROUP": // the last two: WNUT-17's
			mapped = annotation.Organization
		case "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "MISC", "CREATIVE-WORK":
			if keepMisc {
				mapped = annotation.Misc
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

// SplitSuffix splits a given token w into a word and the apostrophe suffix
// at its end (Pekin'i → Pekin, 'i) as Read does with SplitApostrophes:
// where l's tokenizer ends w with a suffix token, or, with no language, by
// an apostrophe after a letter or digit followed by lower-case letters
// only. suf is "" when w has none.
func SplitSuffix(w string, l lang.Language) (stem, suf string) {
	return Options{Language: l}.splitSuffix(w)
}

// splitSuffix splits w into a word and an apostrophe suffix the way the
// language's tokenizer does, or by the built-in rule (an apostrophe after a
// letter or digit, followed by lower-case letters only). suf is "" when w
// has none.
func (opt Options) splitSuffix(w string) (stem, suf string) {
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
		if rest != "" && lang.IsLetters(rest) && unicode.IsLower([]rune(rest)[0]) {
			return w[:i], w[i:]
		}
	}
	return w, ""
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´'
}

func (opt Options) kind(w string) lang.Kind { return TokenKind(w, opt.Language) }

// TokenKind classifies a given token w (from a CoNLL file or another
// pre-tokenized source) as the reader does: an apostrophe followed by
// lower-case letters is a Suffix; else l's tokenizer decides when it reads
// w as one token (a Word when it splits it); with no language, letters make
// a Word, digits a Number, punctuation Punct.
func TokenKind(w string, l lang.Language) lang.Kind {
	if r, size := utf8.DecodeRuneInString(w); isApostrophe(r) && size < len(w) && lang.IsLetters(w[size:]) && !lang.StartsUpper(w[size:]) {
		return lang.Suffix
	}
	if l != nil {
		if toks := l.Tokenize(w); len(toks) == 1 {
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
