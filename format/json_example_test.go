package format_test

import (
	"log"
	"os"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/format"
	"github.com/varlik/varlik/lang"
)

func ExampleWriteJSON() {
	text := "Li Qiang Hangzhou'da konuştu."
	doc := &annotation.Document{
		Lang: "tr", Text: text,
		Sentences: []lang.Sentence{{Start: 0, End: len(text), First: 0, Last: 6}},
		Entities: []annotation.Entity{{Text: "Li Qiang", Type: annotation.Person, Start: 0, End: 8,
			ID: "Q1329064", Canonical: "Li Qiang", Score: 0.97, Source: "model+gazetteer"}},
		Relations: []annotation.Relation{},
	}
	// One line a document (JSON Lines); Indent gives json.Encoder's
	// indented form, Tokens adds the tokens.
	if err := format.WriteJSON(os.Stdout, doc, format.JSONOptions{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"lang":"tr","sentences":[{"start":0,"end":30,"first":0,"last":6}],"entities":[{"text":"Li Qiang","type":"PERSON","start":0,"end":8,"id":"Q1329064","canonical":"Li Qiang","score":0.97,"source":"model+gazetteer"}],"relations":[]}
}
