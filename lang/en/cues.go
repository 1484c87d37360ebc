package en

import "github.com/varlik/varlik/lang"

// Cue returns the cue class of a folded English word (lang.NameCues): the
// head nouns that end organization and place names, the roles and the
// honorifics next to people's names.
func (English) Cue(norm string) lang.Cue {
	if norm == "" || cueLengths[norm[0]]>>min(len(norm), 63)&1 == 0 {
		return lang.NoCue
	}
	return cueOf[norm] // lang.NoCue, 0, for a word of none
}

// cueLengths has bit n of cueLengths[b] set when a cue word of n bytes (63
// for 63 or more) starts with byte b, as lang.WordSet's table: Cue turns
// away most words without a map look-up.
var cueLengths = func() (t [256]uint64) {
	for w := range cueOf {
		if w != "" {
			t[w[0]] |= 1 << min(len(w), 63)
		}
	}
	return t
}()

// cueOf is each cue word's class, from the word lists in the order of
// precedence Cue gives them: an organization's head, a place's head, an
// honorific, a title or role. One map: the tagger and the rules ask Cue of
// most words, and six look-ups a word that is none were 0.8% of the
// instructions of English news.
var cueOf = func() map[string]lang.Cue {
	m := map[string]lang.Cue{}
	for _, c := range []struct {
		cue   lang.Cue
		lists []map[string]bool
	}{
		// Lowest precedence first: a later list overwrites.
		{lang.PersonRole, []map[string]bool{titles, roles}},
		{lang.PersonTitle, []map[string]bool{honorifics}},
		{lang.LocHead, []map[string]bool{placeHeads}},
		{lang.OrgHead, []map[string]bool{orgHeads, orgCues}},
	} {
		for _, list := range c.lists {
			for w, ok := range list {
				if ok {
					m[w] = c.cue
				}
			}
		}
	}
	return m
}()

// TitleInName reports false: English honorifics stay outside the name.
func (English) TitleInName(string) bool { return false }

// orgCues are further words that end organization names, beside orgHeads.
var orgCues = map[string]bool{
	"foundation": true, "society": true, "club": true, "fc": true, "plc": true, "llc": true, "co": true,
	"times": true, "post": true, "news": true, "press": true, "network": true, "board": true,
	"school": true, "college": true, "hospital": true, "museum": true, "airlines": true, "airways": true,
	"bureau": true, "authority": true, "administration": true, "navy": true, "command": true,
	"congress": true, "senate": true, "house": true, "league": true, "institution": true, "centre": true,
	"center": true, "holdings": true, "industries": true, "technologies": true, "systems": true,
}

// placeHeads end place names (River Thames, Orange County, Mount Everest).
var placeHeads = map[string]bool{
	"river": true, "mountain": true, "mountains": true, "mount": true, "lake": true, "sea": true,
	"ocean": true, "island": true, "islands": true, "county": true, "province": true, "state": true,
	"city": true, "valley": true, "bay": true, "street": true, "avenue": true, "road": true,
	"square": true, "bridge": true, "airport": true, "stadium": true, "park": true, "beach": true,
	"coast": true, "desert": true, "peninsula": true, "gulf": true, "strait": true, "region": true,
	"district": true, "prefecture": true, "oblast": true,
}

// honorifics precede people's names (Mr Johnson, Dr. Ford, Sir Elton).
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "prof": true, "prof.": true, "rev": true,
	"rev.": true, "st": true, "st.": true, "gen": true, "gen.": true, "sen": true, "sen.": true,
	"rep": true, "rep.": true, "gov": true, "gov.": true, "capt": true, "capt.": true,
}

// roles are held by people named next to them (Coach Smith, CEO Tim Cook).
var roles = map[string]bool{
	"coach": true, "manager": true, "captain": true, "ceo": true, "director": true, "leader": true,
	"judge": true, "justice": true, "officer": true, "spokesperson": true, "commissioner": true,
	"chief": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"singer": true, "actor": true, "actress": true, "author": true, "writer": true, "founder": true,
	"lawmaker": true, "congressman": true, "congresswoman": true, "candidate": true, "nominee": true,
}
