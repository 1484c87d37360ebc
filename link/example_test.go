package link_test

import (
	"fmt"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/link"
)

// mentionDoc tokenizes text and marks the mentions given as name and
// type, in text order, each at its first occurrence after the one before:
// what recognition leaves for the later stages.
func mentionDoc(l lang.Language, text string, mentions ...string) *annotation.Document {
	doc := &annotation.Document{Lang: l.Code(), Text: text, Tokens: l.Tokenize(text)}
	doc.Sentences = l.Sentences(text, doc.Tokens)
	for i, from := 0, 0; i+1 < len(mentions); i += 2 {
		start := from + strings.Index(text[from:], mentions[i])
		from = start + len(mentions[i])
		first, last, ok := doc.TokenRange(start, from)
		if !ok {
			panic("not on token boundaries: " + mentions[i])
		}
		doc.Entities = append(doc.Entities, doc.Mention(first, last, annotation.Type(mentions[i+1]), 1, "example"))
	}
	return doc
}

// A country's name in three languages and scripts links to one
// gazetteer entry, whose Wikidata ID makes the entity's ID: the same in
// every document and language.
func ExampleLinker_Link() {
	x := link.New(gazetteer.Default())
	for _, doc := range []struct {
		l    lang.Language
		text string
		name string
	}{
		{tr.Turkish{}, "Rusya'nın açıklaması bekleniyor.", "Rusya"},
		{en.English{}, "Russia is expected to respond.", "Russia"},
		{ru.Russian{}, "Ожидается ответ России.", "России"},
	} {
		d := mentionDoc(doc.l, doc.text, doc.name, "LOCATION")
		x.Link(d, doc.l)
		e := d.Entities[0]
		fmt.Println(e.Text, e.ID, e.Canonical)
	}
	// Output:
	// Rusya Q159 Rusya
	// Russia Q159 Russia
	// России Q159 Россия
}

// AddShortMentions finds a person's later mentions by a part of the name
// that a tagger may miss; linking then gives them the full mention's ID.
func ExampleAddShortMentions() {
	l := tr.Turkish{}
	doc := mentionDoc(l, "Başbakan Li Qiang Hangzhou'ya geldi. Li, yarın konuşacak.", "Li Qiang", "PERSON")
	link.AddShortMentions(doc, l)
	link.New(gazetteer.Default()).Link(doc, l)
	for _, e := range doc.Entities {
		fmt.Println(e.Type, e.Text, e.ID == doc.Entities[0].ID)
	}
	// Output:
	// PERSON Li Qiang true
	// PERSON Li true
}
