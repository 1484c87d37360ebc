package en

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// Sentences groups tokens (as returned by Tokenize(text)) into sentences.
// Every token belongs to exactly one sentence; sentences are in order and
// each spans text[s.Start:s.End] from its first token's Start to its last
// token's End.
//
// A sentence ends:
//   - after . ! ? or … (a run of them, with the closing quotes and brackets
//     glued to it), unless the next token starts with a lower-case letter
//     or is a comma, colon or closing mark;
//   - after an abbreviation that may close a sentence (U.S., p.m., Inc.,
//     but not a title such as Dr. or Gen.) when the next word is a
//     capitalized function word that opens sentences (The, He, But, ...):
//     "in the U.S. The" ends, "the U.S. President" does not; so does the
//     dot of an initial (John F. Kennedy); a.m. and p.m. end one before
//     any capitalized word that does not go on the time (7 p.m. Tickets
//     cost, but 7 p.m. ET, 6 p.m. Friday); the dot of a numbered list's
//     item (1. at a line's start) ends nothing, nor does a quotation's last
//     mark before who said it ("Why now?" Ramsey asked);
//   - after the dash of a wire story's dateline at a line's start
//     (LONDON (Reuters) -);
//   - at a blank line, always;
//   - at a single line break (a headline, a byline, a paragraph of its own)
//     when the next line starts with a capital letter, a digit, an
//     opening quote or a bullet, and the line does not end in a comma, a
//     hyphen, a title or a word such as "the", "of" or "said" (a line
//     wrapped inside a sentence); never in hard-wrapped text
//     (lang.HardWrapped), where a line break is a space.
//
// Tokens whose offsets do not fit text are grouped without reading text.
func (English) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	if len(tokens) == 0 {
		return nil
	}
	sents := lang.MakeSentences(len(tokens))
	wrapped := lang.HardWrapped(text)
	first := 0
	for i := 0; i < len(tokens); i++ {
		if tok := &tokens[i]; tok.Kind == lang.Word && !isDash(tok.Text) && i+1 < len(tokens) && lang.WithinLine(text, tok, &tokens[i+1]) {
			continue // most tokens: a word, and the next token on its line, where no rule below ends a sentence
		}
		last, end := i, false
		switch tok := &tokens[i]; {
		case lang.IsTerminalPunct(tok):
			for last+1 < len(tokens) && (lang.IsTerminalPunct(&tokens[last+1]) || closesSentence(&tokens[last], &tokens[last+1])) {
				last++
			}
			switch {
			case last+1 == len(tokens):
			case last == i && (dotOfTitle(tokens, i) || lang.IsListMarker(text, tokens, i)):
			case last == i && isInitial(tokens, i):
				end = opensSentence(tokens[last+1].Norm, tokens[last+1].Text)
			case last > i && quoteAttributed(tokens, first, last):
			default:
				end = !continuesSentence(tokens[last+1].Text)
			}
		case isDash(tok.Text) && datelineBefore(text, tokens, first, i):
			end = last+1 < len(tokens)
		case tok.Kind == lang.Abbreviation && abbreviationMayEnd(tok.Norm):
			end = last+1 < len(tokens) && (opensSentence(tokens[last+1].Norm, tokens[last+1].Text) ||
				timeEnds(tok.Norm, &tokens[last+1]))
		}
		if !end && last+1 < len(tokens) && !lang.WithinLine(text, &tokens[last], &tokens[last+1]) {
			end = lineBreakEnds(text, tokens, last, wrapped)
		}
		if end || last+1 == len(tokens) {
			sents = append(sents, lang.Sentence{Start: tokens[first].Start, End: tokens[last].End, First: first, Last: last + 1})
			first = last + 1
		}
		i = last
	}
	return sents
}

// isInitial reports whether tokens[i] is a dot glued to a single capital
// letter: an initial, as prose splits them (F + .).
func isInitial(tokens []lang.Token, i int) bool {
	if i == 0 || tokens[i].Text != "." || tokens[i-1].End != tokens[i].Start {
		return false
	}
	r, n := utf8.DecodeRuneInString(tokens[i-1].Text)
	return n == len(tokens[i-1].Text) && unicode.IsUpper(r)
}

// dotOfTitle reports whether tokens[i] is a dot glued to a title that
// prose's tokenizer splits from its dot (Prof., Capt., Sept., vs.: it
// keeps only Mr.-like words of two or three letters whole).
// Only a capitalized one counts, but for the few written in lower case:
// "said no." ends a sentence, "Roe v." does not.
func dotOfTitle(tokens []lang.Token, i int) bool {
	if i == 0 || tokens[i].Text != "." || tokens[i-1].End != tokens[i].Start || tokens[i-1].Kind != lang.Word {
		return false
	}
	w := &tokens[i-1]
	return titleAbbreviations[w.Norm] && (lang.StartsUpper(w.Text) || lowerCaseAbbreviations[w.Norm])
}

// lowerCaseAbbreviations are the titleAbbreviations written in lower case.
var lowerCaseAbbreviations = map[string]bool{"vs": true, "v": true, "cf": true, "approx": true, "pp": true}

// quoteAttributed reports whether the quotation that opens the sentence
// at tokens[first] and closes at tokens[q] is followed by who said it: one
// or two capitalized words and a verb of speech ("Why now?" Ramsey asked),
// which go on the sentence. A quotation inside a sentence already has its
// speaker ("... said "no." Li replied" is two sentences).
func quoteAttributed(tokens []lang.Token, first, q int) bool {
	if !closesQuote(tokens[q].Text) || !opensQuote(tokens[first].Text) {
		return false
	}
	for k := q + 1; k < len(tokens) && k <= q+3; k++ {
		t := &tokens[k]
		if speechVerbs[t.Norm] {
			return k > q+1
		}
		if t.Kind != lang.Word || !lang.StartsUpper(t.Text) {
			return false
		}
	}
	return false
}

// speechVerbs are the verbs (folded) that attribute a quotation after it.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "adds": true, "asked": true, "asks": true,
	"replied": true, "wrote": true, "explained": true, "insisted": true, "continued": true,
	"recalled": true, "answered": true, "responded": true, "argued": true, "warned": true,
	"admitted": true, "noted": true, "tweeted": true, "shouted": true,
}

// closesSentence reports whether next closes the sentence that prev ends:
// a closing quote or bracket, or a straight quote glued to prev (a
// straight quote after a space opens the next sentence's quotation).
func closesSentence(prev, next *lang.Token) bool {
	if next.Kind != lang.Punct {
		return false
	}
	switch next.Text {
	case "”", "’", "»", ")", "]":
		return true
	case "\"", "'", "''":
		return next.Start == prev.End
	}
	return false
}

// continuesSentence reports whether a token that starts with s, after a
// sentence's final punctuation, continues that sentence: a lower-case
// word ("... really"), or a comma, colon or closing mark ("Baton Rouge,
// La., announced").
func continuesSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || strings.ContainsRune(",;:)]}%", r)
}

// titleAbbreviations are the abbreviations (folded, without their last
// dot) that stand before a name or a number and so never end a sentence.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true, "ft": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "cpl": true, "maj": true, "adm": true, "cdr": true,
	"capt": true, "rep": true, "sen": true, "gov": true, "rev": true, "hon": true, "pres": true,
	"no": true, "nos": true, "vol": true, "fig": true, "op": true, "p": true, "pp": true,
	"vs": true, "v": true, "e.g": true, "i.e": true, "cf": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// abbreviationMayEnd reports whether the abbreviation token with the
// folded form norm may be the last word of a sentence: any but a title.
func abbreviationMayEnd(norm string) bool {
	if !strings.HasSuffix(norm, ".") {
		return false // "ABD", "NATO": no dot to end on
	}
	return !titleAbbreviations[strings.TrimSuffix(norm, ".")]
}

// sentenceOpeners are the function words (folded) that, capitalized after
// an abbreviation's dot, start a new sentence rather than continue a name:
// "in the U.S. The" but "the U.S. Senate".
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "there": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "to": true, "by": true, "with": true,
	"but": true, "and": true, "or": true, "so": true, "yet": true, "if": true, "when": true,
	"while": true, "after": true, "before": true, "as": true, "since": true, "because": true,
	"although": true, "however": true, "meanwhile": true, "then": true, "now": true, "also": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "some": true, "many": true,
	"most": true, "all": true, "both": true, "each": true, "no": true, "not": true, "one": true,
	"according": true, "last": true, "earlier": true, "later": true, "despite": true, "during": true,
	"such": true, "several": true, "other": true, "only": true, "even": true, "still": true, "here": true,
	"instead": true, "among": true, "under": true, "over": true, "about": true,
}

// opensSentence reports whether a token (folded norm, text) starts a new
// sentence after an abbreviation's dot.
func opensSentence(norm, text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) && sentenceOpeners[norm]
}

// isDash reports whether s is a dash as datelines write it.
func isDash(s string) bool { return s == "-" || s == "--" || s == "–" || s == "—" }

// datelineBefore reports whether the tokens of the sentence from first up
// to the dash at tokens[i] are a wire story's dateline, which is a
// sentence of its own: at the start of a line, a place in capitals, then
// optionally a comma and a date, and an agency in brackets ("LONDON
// (Reuters) -", "NEW YORK, Jan. 14 (AP) —", "BERLIN —").
func datelineBefore(text string, tokens []lang.Token, first, i int) bool {
	start := i - 1
	for start > first && i-start < 12 && lang.LineBreaks(text, &tokens[start-1], &tokens[start]) == 0 {
		start--
	}
	if start < 0 || start > 0 && lang.LineBreaks(text, &tokens[start-1], &tokens[start]) == 0 {
		return false // no line start within reach
	}
	k := start
	for k < i && isCapitalsWord(&tokens[k]) { // the place
		k++
	}
	if k == start {
		return false
	}
	place, dated := k, false
	if k < i && tokens[k].Text == "," { // the date: a month and a day
		dated = true
		k++
		for k < i && (tokens[k].Kind == lang.Number || tokens[k].Kind == lang.Abbreviation || tokens[k].Kind == lang.Word && lang.StartsUpper(tokens[k].Text)) {
			k++
		}
	}
	if k < i && tokens[k].Text == "(" { // the agency
		dated = true
		k++
		for k < i && tokens[k].Text != ")" {
			if !lang.StartsUpper(tokens[k].Text) {
				return false
			}
			k++
		}
		k++
	}
	// A place alone before a dash must be a word of three letters or more
	// before a long dash (BERLIN —), not a pair of names (US - China).
	return k == i && (dated || tokens[i].Text != "-" && (place-start > 1 || len(tokens[start].Text) >= 3))
}

// isCapitalsWord reports whether t is a word in capitals of two or more
// letters (LONDON, NEW).
func isCapitalsWord(t *lang.Token) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation || len(t.Text) < 2 {
		return false
	}
	for _, r := range t.Text {
		if !lang.IsUpper(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// timeEnds reports whether a.m. or p.m. (folded norm) ends its sentence
// before next: any capitalized word but a time zone, a weekday or a month
// that goes on naming the time ("7 p.m. Tickets cost", "7 p.m. ET", "6 p.m.
// Friday"), and no acronym.
func timeEnds(norm string, next *lang.Token) bool {
	if norm != "a.m." && norm != "p.m." || next.Kind != lang.Word || !lang.StartsUpper(next.Text) {
		return false
	}
	return !timeFollowers[next.Norm]
}

// timeFollowers are the words (folded) that go on a time of day.
var timeFollowers = map[string]bool{
	"eastern": true, "central": true, "pacific": true, "mountain": true, "local": true, "british": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// wrapWords are the function words (folded) after which a line break is a
// line wrapped inside a sentence, not the end of one.
var wrapWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "as": true,
	"that": true, "than": true, "his": true, "her": true, "its": true, "their": true,
	"between": true, "into": true, "about": true, "after": true, "before": true, "over": true,
	"under": true, "against": true, "through": true, "during": true, "including": true, "near": true,
	"like": true, "is": true, "was": true, "are": true, "were": true, "said": true, "says": true,
	"told": true, "named": true, "called": true,
}

// lineBreakEnds reports whether the space between tokens[i] and the next
// token holds a line break that ends the sentence (see Sentences); in
// hard-wrapped text (lang.HardWrapped) only a blank line does.
func lineBreakEnds(text string, tokens []lang.Token, i int, wrapped bool) bool {
	prev, next := &tokens[i], &tokens[i+1]
	switch n := lang.LineBreaks(text, prev, next); {
	case n == 0:
		return false
	case n >= 2:
		return true // a blank line
	case wrapped:
		return false
	}
	// A comma before closing quotes ends nothing either ("challenging,"
	// ⏎Ms. Sumbung said).
	for i > 0 && prev.Kind == lang.Punct && closesQuote(prev.Text) {
		i--
		prev = &tokens[i]
	}
	switch {
	case prev.Text == "," || prev.Text == "-" || prev.Text == "–" || prev.Text == "—":
		return false
	case prev.Kind == lang.Abbreviation && titleAbbreviations[strings.TrimSuffix(prev.Norm, ".")]:
		return false
	case wrapWords[prev.Norm]:
		return false
	}
	r, _ := utf8.DecodeRuneInString(next.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«(-–—•*·▪", r)
}

func opensQuote(s string) bool {
	switch s {
	case "\"", "'", "“", "‘", "«", "``":
		return true
	}
	return false
}

func closesQuote(s string) bool {
	switch s {
	case "\"", "'", "”", "’", "»", "''":
		return true
	}
	return false
}
