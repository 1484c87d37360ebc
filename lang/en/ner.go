package en

import (
	"context"
	"strings"

	prose "github.com/jdkato/prose/v3"
)

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
// sync.OnceValues inside prose), so the first call pays ~20 ms.
//
// Two filters drop what prose gets systematically wrong in news: a mention
// that is only an adjective (prose labels "Chinese" GPE) and a hashtag or
// @mention. A clitic ('s) is never inside a mention: prose tokenizes it apart.
func Entities(ctx context.Context, text string) ([]Mention, error) {
	doc, err := prose.NewDocumentContext(ctx, text, prose.WithSegmentation(false))
	if err != nil {
		return nil, err
	}
	adjectiveOnly := map[int]bool{} // start offsets of single-token JJ mentions
	for _, t := range doc.Tokens() {
		if t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "NNPS" && strings.HasSuffix(t.Text, "ans") {
			adjectiveOnly[t.Start] = true
		}
	}
	var out []Mention
	for _, e := range doc.Entities() {
		typ, ok := proseTypes[e.Label]
		end := e.End()
		if !ok || e.Start < 0 || end > len(text) || text[e.Start:end] != e.Text {
			continue
		}
		if strings.HasPrefix(e.Text, "#") || strings.HasPrefix(e.Text, "@") {
			continue
		}
		if adjectiveOnly[e.Start] && !strings.ContainsRune(e.Text, ' ') {
			continue
		}
		out = append(out, Mention{Text: e.Text, Start: e.Start, End: end, Type: typ, Label: e.Label})
	}
	return out, nil
}
