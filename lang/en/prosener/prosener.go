// Package prosener runs prose v3's English named-entity recognizer, with
// clean-up rules for news, as a baseline and as a name finder for a
// program with no English model. It lives apart from lang/en so that only
// the programs that import it link prose's NER and tagging models (about
// 8 MB); varlik's pipeline uses its own English model and prose only for
// its tokenizer.
package prosener

import (
	"context"
	"strings"
	"unicode"

	prose "github.com/jdkato/prose/v3"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/en/internal/cuewords"
)

// english is the language whose word classes clean prose's mentions up.
var english en.English

// Mention is a named entity found by prose's English NER model.
type Mention struct {
	Text  string // input[Start:End]
	Start int    // UTF-8 byte offset, inclusive
	End   int    // UTF-8 byte offset, exclusive
	// Type is varlik's entity type: "PERSON", "LOCATION" or "ORGANIZATION"
	// (the same strings as entity.Type and gazetteer.Person, ...).
	Type string
	// Label is prose's own label (PERSON, GPE, GSP, LOCATION, ORGANIZATION).
	Label string
}

// proseTypes maps prose's ACE-style labels to varlik types. FACILITY is
// dropped: prose uses it for buildings and roads as often as for places
// varlik calls LOCATION, and the gazetteer covers the places that matter.
var proseTypes = map[string]string{
	"PERSON":       "PERSON",
	"GPE":          "LOCATION",
	"GSP":          "LOCATION",
	"LOCATION":     "LOCATION",
	"ORGANIZATION": "ORGANIZATION",
}

// Entities runs prose v3's maximum-entropy NER over text and returns its
// PERSON, LOCATION and ORGANIZATION mentions in text order, each meeting the
// offset invariant. prose loads its models once per process (behind
// sync.OnceValues inside prose); the first call pays for that.
//
// prose's raw output is cleaned by rules that hold for English news:
//   - punctuation at either edge of a mention is trimmed (China " → China);
//   - a title inside a mention is cut off with all before it (Chinese
//     Premier Li Qiang → Li Qiang), and the rest is then a PERSON; leading
//     adjectives are cut off too;
//   - a mention of several words ending in an organization head noun
//     (Corporation, Organisation, Council, Bank, ...) is an ORGANIZATION;
//   - two mentions of one type joined by a name particle are merged
//     (Rio + de + Janeiro → Rio de Janeiro);
//   - mentions that are only an adjective (Chinese), a month or weekday
//     name, or a hashtag or @mention are dropped.
//
// A clitic ('s) is never inside a mention: prose tokenizes it apart. Types
// stay prose's guesses (it calls most organizations GPE); the entity package
// corrects them with the gazetteer.
func Entities(ctx context.Context, text string) ([]Mention, error) {
	doc, err := prose.NewDocumentContext(ctx, text, prose.WithSegmentation(false))
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	tokAt := make(map[int]int, len(toks)) // start offset → token index
	for i, t := range toks {
		tokAt[t.Start] = i
	}
	var out []Mention
	for _, e := range doc.Entities() {
		typ, ok := proseTypes[e.Label]
		first, found := tokAt[e.Start]
		if !ok || !found || e.End() > len(text) || text[e.Start:e.End()] != e.Text {
			continue
		}
		last := first // inclusive index of the mention's last token
		for last+1 < len(toks) && toks[last+1].End() <= e.End() {
			last++
		}
		// A short name with its sentence's dot (Yi.) ends a mention: prose
		// sometimes runs on into the next sentence (Wang Yi. Rio).
		for i := first; i < last; i++ {
			if en.ShortNameWithDot(toks[i].Text) {
				out = appendMention(out, text, toks, first, i, typ, e.Label)
				first = i + 1
			}
		}
		out = appendMention(out, text, toks, first, last, typ, e.Label)
	}
	return out, nil
}

// appendMention cleans up prose's mention over toks[first..last] (last
// inclusive) by the rules listed on Entities and appends it to out, merged
// with the previous mention when a name particle joins them.
func appendMention(out []Mention, text string, toks []prose.Token, first, last int, typ, label string) []Mention {
	// Cut through the last title that still has a name after it, with
	// whatever precedes it (Chinese Premier, Russian Prime Minister).
	titled := false
	for i := last - 1; i >= first; i-- {
		if isTitle(toks[i]) {
			first, titled = i+1, true
			break
		}
	}
	for first < last && (isEdgePunct(toks[first].Text) || isAdjective(toks[first])) {
		first++
	}
	for last >= first && isEdgePunct(toks[last].Text) {
		last--
	}
	if first > last {
		return out
	}
	m := Mention{Start: toks[first].Start, End: toks[last].End(), Type: typ, Label: label}
	if en.ShortNameWithDot(toks[last].Text) {
		m.End-- // Li. at a sentence end: the dot is a token of its own in Tokenize
	}
	m.Text = text[m.Start:m.End]
	switch {
	case titled:
		m.Type = "PERSON"
	case first < last && cuewords.OrgHeads[strings.ToLower(toks[last].Text)]:
		m.Type = "ORGANIZATION"
	}
	if first == last && (isAdjective(toks[first]) || english.CalendarWord(strings.ToLower(m.Text))) ||
		strings.HasPrefix(m.Text, "#") || strings.HasPrefix(m.Text, "@") {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Type == m.Type && nameParticles[strings.TrimSpace(text[out[n-1].End:m.Start])] {
		out[n-1].End = m.End
		out[n-1].Text = text[out[n-1].Start:m.End]
		return out
	}
	return append(out, m)
}

func isAdjective(t prose.Token) bool { return t.Tag == "JJ" || t.Tag == "JJS" }

// isTitle reports whether t is a capitalized title word that prose often
// chunks into the name after it.
func isTitle(t prose.Token) bool { return cuewords.Titles[strings.ToLower(t.Text)] }

// nameParticles join two parts of one name: Rio de Janeiro, Charles de Gaulle.
var nameParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "del": true, "della": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true,
	"bin": true, "ibn": true, "al": true, "el": true, "y": true,
}

// isEdgePunct reports whether a token has no letter or digit (quotes,
// brackets, dashes), so it cannot begin or end a name.
func isEdgePunct(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// proseScore is the confidence given to every prose mention: prose gives
// none of its own.
const proseScore = 0.8

// Finder is Entities as a lang.NameFinder. The Extractor has its own
// English model; Finder is for a program that recognizes English through
// package recognize with no model, by a language that embeds en.English
// and Finder:
//
//	type proseEnglish struct {
//		en.English
//		prosener.Finder
//	}
type Finder struct{}

// FindNames returns Entities' mentions as lang.Names, each of the score
// proseScore and the source "prose".
func (Finder) FindNames(ctx context.Context, text string) ([]lang.Name, error) {
	mentions, err := Entities(ctx, text)
	if err != nil {
		return nil, err
	}
	names := make([]lang.Name, len(mentions))
	for i, m := range mentions {
		names[i] = lang.Name{Start: m.Start, End: m.End, Type: m.Type, Score: proseScore, Source: "prose"}
	}
	return names, nil
}
