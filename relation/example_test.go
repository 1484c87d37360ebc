package relation_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/relation"
	_ "github.com/varlik/varlik/relation/en" // registers the English patterns
	_ "github.com/varlik/varlik/relation/tr" // registers the Turkish patterns
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

// printRelations prints each relation: its type, its subject's and
// object's names (SAYS: the words said), and the role.
func printRelations(doc *annotation.Document, rels []annotation.Relation) {
	for _, r := range rels {
		object := "-"
		if r.Object >= 0 {
			object = doc.Entities[r.Object].Text
		}
		if r.Type == annotation.Says {
			object = fmt.Sprintf("%q", doc.Text[r.QuoteStart:r.QuoteEnd])
		}
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s %s %s %s", r.Type, doc.Entities[r.Subject].Text, object, r.Role)))
	}
}

// Relations between the mentions of a Turkish sentence: each title
// gives a ROLE (the title's lemma, with the country written before it),
// and the meeting predicate a MEETS between the two people.
func ExampleExtract() {
	l := tr.Turkish{}
	doc := mentionDoc(l, "Çin Başbakanı Li Qiang, Rusya Başbakanı Mihail Mişustin ile Hangzhou'da görüştü.",
		"Çin", "LOCATION", "Li Qiang", "PERSON", "Rusya", "LOCATION", "Mihail Mişustin", "PERSON", "Hangzhou", "LOCATION")
	printRelations(doc, relation.Extract(context.Background(), doc, l))
	// Output:
	// ROLE Li Qiang Çin Başbakan
	// MEETS Li Qiang Mihail Mişustin
	// ROLE Mihail Mişustin Rusya Başbakan
}

// English has a table of its own in the same pattern language: a title
// before a name, a visit, and a quotation with its speaker.
func ExampleExtract_english() {
	l := en.English{}
	doc := mentionDoc(l, `Germany's Chancellor Olaf Scholz visited Paris on Monday. "We stand together," Scholz said.`,
		"Germany", "LOCATION", "Olaf Scholz", "PERSON", "Paris", "LOCATION", "Scholz", "PERSON")
	printRelations(doc, relation.Extract(context.Background(), doc, l))
	// Output:
	// ROLE Olaf Scholz Germany Chancellor
	// VISITS Olaf Scholz Paris
	// SAYS Scholz "We stand together"
}
