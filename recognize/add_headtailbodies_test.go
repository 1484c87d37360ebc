package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestAddHeadTailBodies checks which capitalized head nouns become an
// organization with the lower-case words after them (sentences written
// for the test; the whole pipeline's cases are in entity's
// TestRussianHeadTailBodies).
func TestAddHeadTailBodies(t *testing.T) {
	tests := []struct {
		l      lang.Language
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{ru.Russian{}, "Об этом говорится в докладе Управления по борьбе с наркотиками .", "ORG Управления по борьбе с наркотиками"},
		{ru.Russian{}, "Он работал в O=[Комиссии] по ценным бумагам и биржам .", "ORG Комиссии по ценным бумагам и биржам"}, // the head alone, widened
		{ru.Russian{}, "Голосование в O=[Сенате] по утверждению кандидатуры .", "ORG Сенате"},                               // a legislature takes no task
		{ru.Russian{}, "Совет директоров компании одобрил сделку .", ""},                                                    // a genitive after an opening head
		{ru.Russian{}, "Судя по всему , решение примут завтра .", ""},                                                       // no head
		{en.English{}, "He joined the Commission on human rights .", ""},                                                    // no lang.HeadTails
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if got := mentionsOf(t, doc, addHeadTailBodies(doc, ents, tc.l, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}
