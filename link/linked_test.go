package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
)

// linkedMention links, over g, the document of text holding one mention,
// of name typed typ (found by source, when not ""), and returns the
// mention as linking left it.
func linkedMention(t *testing.T, g *gazetteer.Gazetteer, l lang.Language, text, name string, typ annotation.Type, source string) annotation.Entity {
	t.Helper()
	doc := doctest.WithNames(t, text, []doctest.Name{{Text: name, Type: typ}}, l)
	if source != "" {
		doc.Entities[0].Source = source
	}
	New(g).Link(doc, l)
	return doc.Entities[0]
}

// linkedNames links with x the document of text whose mentions are every
// occurrence of names, all typed typ, and returns its mentions as linking
// left them.
func linkedNames(t *testing.T, x *Linker, l lang.Language, text string, typ annotation.Type, names ...string) []annotation.Entity {
	t.Helper()
	ns := make([]doctest.Name, len(names))
	for i, n := range names {
		ns[i] = doctest.Name{Text: n, Type: typ}
	}
	doc := doctest.WithNames(t, text, ns, l)
	x.Link(doc, l)
	return doc.Entities
}
