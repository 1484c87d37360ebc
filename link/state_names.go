package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// stateOfPart returns the ID of the state that a place named as its part
// means in l's news (lang.StateNames: Turkish İngiltere, the United
// Kingdom, where the gazetteer names England so), else "". e is the
// gazetteer's entry for the place, whose preferred name in l is asked
// about, so that any inflected form the entry was found by counts
// (İngiltere'nin). The state is the gazetteer's only place of its English
// name (see uniqueEntry). Only a place: a national team is an
// organization, named as the part (see placeNamesake).
func stateOfPart(g *gazetteer.Gazetteer, e *gazetteer.Entry, l lang.Language) string {
	s, ok := l.(lang.StateNames)
	if !ok || e.Type != string(annotation.Location) {
		return ""
	}
	names := e.Names[l.Code()]
	if len(names) == 0 {
		return ""
	}
	en := s.StateName(l.Fold(names[0]))
	if en == "" {
		return ""
	}
	return uniqueEntry(g, en, annotation.Location, "en")
}

// sportsReach is how many tokens after a place's mention anyBeforeSportsWord
// looks at: the team's word may follow an adjective ("İngiltere milli
// takımı") or the place's suffix ("İngiltere'de maç").
const sportsReach = 2

// anyBeforeSportsWord reports whether a word of a sports report
// (lang.SportsWords) follows one of the mentions within sportsReach
// tokens: the national team's country, or the country a match is played
// in, which sport names by the part ("İngiltere milli takımı", the England
// team), where stateOfPart would give the state.
func (lk *linker) anyBeforeSportsWord(members []int) bool {
	sw, ok := lk.l.(lang.SportsWords)
	if !ok {
		return false
	}
	toks := lk.doc.Tokens
	for _, i := range members {
		e := &lk.doc.Entities[i]
		for k := e.Last; k < min(e.Last+sportsReach, len(toks)); k++ {
			if sw.SportsWord(lang.FoldToken(&toks[k], lk.l)) {
				return true
			}
		}
	}
	return false
}
