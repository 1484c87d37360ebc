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
