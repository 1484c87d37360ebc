package annotation_test

import (
	"fmt"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// A recognizer's token span becomes an Entity with Mention, whose Start
// and End are byte offsets into the text; IOB2 gives the tags a CoNLL
// scorer reads, one per token (the apostrophe suffix is a token of its
// own, outside the entity).
func ExampleDocument_IOB2() {
	l := tr.Turkish{}
	text := "Li Qiang Rusya'yı ziyaret etti."
	doc := &annotation.Document{Lang: l.Code(), Text: text, Tokens: l.Tokenize(text)}
	doc.Entities = []annotation.Entity{
		doc.Mention(0, 2, annotation.Person, 1, "example"),
		doc.Mention(2, 3, annotation.Location, 1, "example"),
	}
	for _, e := range doc.Entities {
		fmt.Println(e.Type, e.Start, e.End, text[e.Start:e.End])
	}
	for i, tag := range doc.IOB2() {
		fmt.Println(doc.Tokens[i].Text, tag)
	}
	// Output:
	// PERSON 0 8 Li Qiang
	// LOCATION 9 14 Rusya
	// Li B-PERSON
	// Qiang I-PERSON
	// Rusya B-LOCATION
	// 'yı O
	// ziyaret O
	// etti O
	// . O
}

// SpansFromTags reads IOB tags as conlleval does: an I- tag that does not
// continue an entity of its type starts one.
func ExampleSpansFromTags() {
	tags := []string{"B-PERSON", "I-PERSON", "O", "I-LOCATION", "B-ORGANIZATION", "I-LOCATION"}
	for _, s := range annotation.SpansFromTags(tags) {
		fmt.Println(s.Type, s.First, s.Last)
	}
	// Output:
	// PERSON 0 2
	// LOCATION 3 4
	// ORGANIZATION 4 5
	// LOCATION 5 6
}
