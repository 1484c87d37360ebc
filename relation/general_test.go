package relation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/relation"
	_ "github.com/varlik/varlik/relation/en" // registers the English patterns
	_ "github.com/varlik/varlik/relation/ru" // registers the Russian patterns
)

// TestAheadWords checks the look-ahead of the Russian speech "о ...": the
// words said keep their preposition, and a denial or a noun between the
// verb and "о" is no speech.
func TestAheadWords(t *testing.T) {
	l := ru.Russian{}
	for _, tt := range []struct{ text, quote string }{
		{"Павел Орлов заявил о намерении продать завод.", "о намерении продать завод"},
		{"Павел Орлов в субботу сообщил журналистам об аварии.", "об аварии"},
		{"Павел Орлов ещё не объявил о продаже завода.", ""},
		{"Павел Орлов не подтвердил предположение о продаже завода.", ""},
		// A verb that as often names a topic only.
		{"Павел Орлов говорил о войне два часа.", ""},
		{"Павел Орлов пишет о войне и мире.", ""},
	} {
		doc := mentionDoc(l, tt.text, "Павел Орлов", "PERSON")
		if quote := saidQuote(doc, l, tt.text); quote != tt.quote {
			t.Errorf("%q: said %q, want %q", tt.text, quote, tt.quote)
		}
	}
}

// TestRussianNounCases checks that the nouns of a visit and a meeting are
// read in every case (a "+" stem, through the morphology).
func TestRussianNounCases(t *testing.T) {
	l := ru.Russian{}
	for _, tt := range []struct {
		text    string
		ents    []string
		typ     annotation.RelationType
		subject string
	}{
		{"К визиту Лаврова в Анкару готовились месяц.", []string{"Лаврова", "PERSON", "Анкару", "LOCATION"},
			annotation.Visits, "Лаврова"},
		{"Поездкой Лаврова в Анкару довольны в МИД.", []string{"Лаврова", "PERSON", "Анкару", "LOCATION"},
			annotation.Visits, "Лаврова"},
		{"По переговорам Путина и Си готовят справку.", []string{"Путина", "PERSON", "Си", "PERSON"},
			annotation.Meets, "Путина"},
	} {
		doc := mentionDoc(l, tt.text, tt.ents...)
		found := false
		for _, r := range relation.Extract(context.Background(), doc, l) {
			found = found || r.Type == tt.typ && doc.Entities[r.Subject].Text == tt.subject
		}
		if !found {
			t.Errorf("%q: no %s of %s", tt.text, tt.typ, tt.subject)
		}
	}
}

// TestEnglishSaying checks the English speech read through the verbs of
// saying as a class: the words said after a time, after the medium told,
// after a participle, and none where nothing follows the time.
func TestEnglishSaying(t *testing.T) {
	l := en.English{}
	for _, tt := range []struct{ text, quote string }{
		{"Anna Berg said on Monday the talks had been useful.", "the talks had been useful"},
		{"Anna Berg said Tuesday night she would not run.", "she would not run"},
		{"The talks had been useful, Anna Berg said on Monday.", "The talks had been useful"},
		{"Anna Berg has stressed that the talks had been useful.", "the talks had been useful"},
		{"Anna Berg told Reuters the talks had been useful.", "the talks had been useful"},
		{"Anna Berg admitted to hospital staff that she was tired.", "she was tired"},
		{"Anna Berg conceded a penalty in the first half.", ""},
		{"After a long day in the city, Anna Berg left early, saying she was tired.", "she was tired"},
		// Headlines' present: a thing, not words said, unless "that" follows.
		{"Anna Berg announces a new album in Oslo.", ""},
		{"Anna Berg confirms the deal with her label.", ""},
		{"Anna Berg confirms that the deal is done.", "the deal is done"},
		{"Anna Berg says the talks had been useful.", "the talks had been useful"},
		// A time that is the words said's own is not a time of the saying.
		{"Anna Berg said Monday's vote was rigged.", "Monday's vote was rigged"},
		// A verb that may take a thing takes a clause without "that" only after a pronoun.
		{"Anna Berg announced layoffs on Wednesday.", ""},
		{"Anna Berg wrote the song in 2012.", ""},
		{"Anna Berg announced she would run.", "she would run"},
		// Not a name after a preposition: the speakers are unnamed.
		{"Sources close to Anna Berg said on Friday the talks had failed.", ""},
		// A that-clause of its own: the quote before is another's.
		{"He praised a “partnership that does not depend on pressure.” Anna Berg replied that she agreed.", "she agreed"},
	} {
		doc := mentionDoc(l, tt.text, "Anna Berg", "PERSON")
		if strings.Contains(tt.text, "Reuters") {
			doc = mentionDoc(l, tt.text, "Anna Berg", "PERSON", "Reuters", "ORGANIZATION")
		}
		if quote := saidQuote(doc, l, tt.text); quote != tt.quote {
			t.Errorf("%q: said %q, want %q", tt.text, quote, tt.quote)
		}
	}
}

// saidQuote returns the words said of the last SAYS relation found in
// doc, a document of text, or "" when there is none.
func saidQuote(doc *annotation.Document, l lang.Language, text string) string {
	quote := ""
	for _, r := range relation.Extract(context.Background(), doc, l) {
		if r.Type == annotation.Says {
			quote = text[r.QuoteStart:r.QuoteEnd]
		}
	}
	return quote
}
