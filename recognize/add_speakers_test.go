package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestAddSpeakers checks which words before a verb of saying become
// people.
func TestAddSpeakers(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; a [bracketed] run is a mention already found
		want  string // the people afterwards, "|"-separated
	}{
		{"Kavanaugh testified on Thursday", "Kavanaugh"},                               // opens the sentence
		{`" It is false , " Waters continued .`, "Waters"},                             // inside: a name in -s
		{`" I believe it , " West said .`, "West"},                                     // after a quote
		{"Waters said it was false", ""},                                               // opening: a plural in -s
		{"Sources said it was false", ""},                                              // opening: a plural in -s
		{"He said it was false", ""},                                                   // a pronoun
		{"DARPA announced a program", ""},                                              // an acronym
		{"cleric Muqtada al - Sadr said it", ""},                                       // a hyphenated name's part
		{"the rapper Kanye West said it", ""},                                          // a longer name: not guessed at
		{"[Kanye West] said it", "Kanye West"},                                         // a mention holds it
		{"on Friday said the police", ""},                                              // a day
		{"West went on to say it", ""},                                                 // no verb of saying after it
		{"Scherzer wants to play", "Scherzer"},                                         // a verb of a mind
		{"Just wanted to confirm our meeting", ""},                                     // an adverb opens the sentence
		{`[Donald Trump] met Kavanaugh ; Kavanaugh said no`, "Donald Trump|Kavanaugh"}, // two names
		{"West has previously said it", "West"},                                        // an auxiliary and an adverb before the verb
		{"Also , West had complained about it", "West"},                                // an auxiliary before the verb
		{"West has previously repeatedly said it", ""},                                 // three words between: too far
		{"West has a house", ""},                                                       // an auxiliary, then no verb of saying
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Person)
		ents = addSpeakers(doc, ents, l, wordCasesOf(doc.Tokens))
		var got []string
		for _, e := range ents {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q is not the text at its offsets", tc.words, e.Text)
			}
			if e.Type == annotation.Person {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: people %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestAddSpeakersRussian checks the rule with Russian's verbs: a plural
// verb and a role take no speaker, and only a verb of saying is looked for
// past не.
func TestAddSpeakersRussian(t *testing.T) {
	l := ru.Russian{}
	for words, want := range map[string]string{
		"Помпео заявил , что посетит Пхеньян":      "Помпео",
		"Власти заявили , что все в порядке":       "",
		"Президент заявил , что все в порядке":     "",
		"Он заявил , что все в порядке":            "",
		"Гайлз также добавил , что все в порядке":  "Гайлз",
		"Ри не упомянул о встрече":                 "Ри",
		"Уэст ранее заявлял о том":                 "Уэст",
		"Власти также заявили , что все в порядке": "",
		"Гайлз также здесь":                        "",
		// Russian tells an opening subject before another verb by its form
		// (addOpeningPeople), not here.
		"Старридж получил пас": "",
		"Роуз сыграла роль":    "",
	} {
		doc := &annotation.Document{Text: words, Tokens: givenTokens(words, l)}
		ents := addSpeakers(doc, nil, l, wordCasesOf(doc.Tokens))
		var got []string
		for _, e := range ents {
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%s: people %q, want %q", words, got, want)
		}
	}
}

// TestAddSpeakersNeedsTheLanguage checks that a language that lists no
// verbs of saying gets no people from the rule.
func TestAddSpeakersNeedsTheLanguage(t *testing.T) {
	l := tr.Turkish{}
	text := "Kavanaugh said it"
	doc := &annotation.Document{Text: text, Tokens: givenTokens(text, l)}
	if ents := addSpeakers(doc, nil, l, wordCasesOf(doc.Tokens)); len(ents) != 0 {
		t.Errorf("Turkish: %v, want none", ents)
	}
}
