package entity

import (
	"strings"
	"sync"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// clubShortNames returns the short names a match report calls the
// gazetteer's clubs by, built once per gazetteer: each English name of a
// club without its designators (UC Sampdoria, Udinese Calcio, Everton FC →
// Sampdoria, Udinese, Everton) and without the town that ends it
// (Feyenoord Rotterdam, Ajax Amsterdam → Feyenoord, Ajax). A short name
// that two clubs share (Real of Real Madrid and Real Zaragoza, Hapoel,
// Dynamo) is no club's, nor is a word of fewer than four letters. The
// club rules (retypeClubs, selfEvidentRow) ask it beside the full names
// the language forms (lang.ClubNames), only in sentences about a match.
func clubShortNames(g *gazetteer.Gazetteer) map[string]bool {
	if v, ok := shortNameCache.Load(g); ok {
		return v.(map[string]bool)
	}
	owners := map[string]string{} // short name → the club's ID, "" once two share it
	for _, e := range g.EntriesOf(gazetteer.Organization, 0) {
		if e.Subtype != "club" {
			continue
		}
		for _, name := range e.Names["en"] {
			for _, short := range shortForms(name, g) {
				if id, seen := owners[short]; seen && id != e.ID {
					owners[short] = ""
				} else if !seen {
					owners[short] = e.ID
				}
			}
		}
	}
	short := map[string]bool{}
	for name, id := range owners {
		if id != "" && len(name) >= 4 {
			short[name] = true
		}
	}
	v, _ := shortNameCache.LoadOrStore(g, short)
	return v.(map[string]bool)
}

// shortNameCache holds clubShortNames's answer for each gazetteer.
var shortNameCache sync.Map

// shortForms returns name's short forms: without the designators at its
// ends, then also without a town the gazetteer knows at its end; none
// when nothing was taken off.
func shortForms(name string, g *gazetteer.Gazetteer) []string {
	words := strings.Fields(name)
	n := len(words)
	for len(words) > 1 && clubDesignators[words[0]] {
		words = words[1:]
	}
	for len(words) > 1 && (clubDesignators[words[len(words)-1]] || allDigits(words[len(words)-1])) {
		// A founding year's digits go too (FC Schalke 04 → Schalke).
		words = words[:len(words)-1]
	}
	var out []string
	if len(words) < n {
		out = append(out, strings.Join(words, " "))
	}
	if len(words) == 2 && isTown(words[1], g) && !isTown(words[0], g) {
		out = append(out, words[0])
	}
	return out
}

// isTown reports whether the gazetteer knows word as a town or city.
func isTown(word string, g *gazetteer.Gazetteer) bool {
	for _, e := range g.Lookup(word, "") {
		if e.Type == gazetteer.Location && (e.Subtype == "city" || e.Subtype == "capital") {
			return true
		}
	}
	return false
}

// clubDesignators are the words a club's full name adds to what reports
// call it: abbreviations of football club, sports club and their kin in
// the languages of Europe's leagues.
var clubDesignators = map[string]bool{
	"FC": true, "AFC": true, "CF": true, "SC": true, "CD": true, "FK": true, "SK": true, "AC": true, "AS": true,
	"SS": true, "SSC": true, "US": true, "UC": true, "SV": true, "TSV": true, "BK": true, "IF": true, "NK": true,
	"PFC": true, "UD": true, "SD": true, "RCD": true, "KV": true, "KRC": true, "Calcio": true, "Club": true,
	"F.C.": true, "A.F.C.": true,
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// clubsByDistinctName makes a person mention that the gazetteer does not
// know an organization, in any sentence, where its text is a club's short
// name (clubShortNames) that is no place of the gazetteer and no given
// name (Feyenoord, Udinese, Videoton, Schalke):
// such a name is the club's wherever it stands, and an agency's results
// and reports are often a line a document, with no word of the match
// around the name ("Feyenoord sacked their coach"). A short name that is
// a place (Guizhou of Guizhou Renhe, the Pacific of Pacific FC) or a
// given name waits for a sentence about a match (retypeClubs); a place
// mention keeps its type (the tagger knew it for one), and so does a name
// right before another mention or before a comma and a place (an address:
// "Salisbury , North Carolina", a town the gazetteer lacks). It returns
// the texts of the mentions it retyped.
func clubsByDistinctName(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	if _, ok := l.(lang.ClubNames); !ok || g == nil {
		return nil
	}
	gn, _ := l.(lang.GivenNames)
	short := clubShortNames(g)
	for i := range ents {
		e := &ents[i]
		if e.Type != Person || e.ID != "" || !short[e.Text] || anyPlace(e.Text, g) ||
			gn != nil && gn.GivenName(lang.FoldToken(&doc.Tokens[e.First], l)) || beforePlace(doc, ents, i) {
			continue
		}
		toOrganization(e)
		names = append(names, e.Text)
	}
	return names
}

// anyPlace reports whether the gazetteer knows name as a place of any kind.
func anyPlace(name string, g *gazetteer.Gazetteer) bool {
	for _, e := range g.Lookup(name, "") {
		if e.Type == gazetteer.Location {
			return true
		}
	}
	return false
}

// beforePlace reports whether ents[i] is followed right away by another
// mention, or by a comma and a place.
func beforePlace(doc *Document, ents []Entity, i int) bool {
	if i+1 >= len(ents) {
		return false
	}
	e, next := &ents[i], &ents[i+1]
	return next.First == e.Last || next.First == e.Last+1 && doc.Tokens[e.Last].Text == "," && next.Type == Location
}
