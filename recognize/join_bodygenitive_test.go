package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestJoinBodyToParentBody checks which pairs of organizations, the second
// in the genitive right after the first, become one (sentences written for
// the test), and that a person after a head-first body does not.
func TestJoinBodyToParentBody(t *testing.T) {
	tests := []struct {
		l      lang.Language
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
	}{
		{ru.Russian{}, "Заседание O=[Юридического комитета] O=[Сената] завершилось .", "ORG Юридического комитета Сената"},
		{ru.Russian{}, "Резолюцию O=[Генассамблеи] O=[ООН] приняли .", "ORG Генассамблеи ООН"},
		{ru.Russian{}, "Сделка O=[Газпрома] O=[Роснефти] сорвалась .", "ORG Газпрома|ORG Роснефти"},               // proper names, no head
		{ru.Russian{}, "Письмо O=[Юридическому комитету] , O=[Сенату] .", "ORG Юридическому комитету|ORG Сенату"}, // a mark between
		{en.English{}, "the O=[Judiciary Committee] O=[Senate] said", "ORG Judiciary Committee|ORG Senate"},       // no genitive tails
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if got := mentionsOf(t, doc, joinBodyToParentBody(doc, ents, tc.l, g)); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}

// TestRetypeHeadFirstPeople checks that a person's mention opening with a
// body's head noun becomes the body named after the person, and that a
// person's name, or a one-word mention, stays a person's.
func TestRetypeHeadFirstPeople(t *testing.T) {
	tests := []struct {
		l      lang.Language
		marked string
		want   string
	}{
		{ru.Russian{}, "Грант P=[Фонда Гейтса] получили .", "ORG Фонда Гейтса"},
		{ru.Russian{}, "Учёные P=[Института Пастера] сообщили .", "ORG Института Пастера"},
		{ru.Russian{}, "Об этом сказал P=[Билл Гейтс] .", "PER Билл Гейтс"},
		{ru.Russian{}, "Об этом сказал P=[Фонда] вчера .", "PER Фонда"}, // one word
		{en.English{}, "the P=[Foundation Gates] said", "PER Foundation Gates"},
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		retypeHeadFirstPeople(doc, ents, tc.l)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, got, tc.want)
		}
	}
}
