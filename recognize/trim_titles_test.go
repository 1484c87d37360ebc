package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestTrimLeadingTitles checks which titles are cut off the front of a
// person mention.
func TestTrimLeadingTitles(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the person mention is the [bracketed] ones
		id    string
		want  string
	}{
		{"ama [Peder Johnson] geldi", "", "Johnson"},
		{"[Cankurtaran Kaptan Larry Giles] basına", "", "Larry Giles"},
		{"Gölge [Şansölye John McDonnell] konuştu", "", "John McDonnell"},
		{"[Başbakan Theresa May] konuştu", "", "Theresa May"}, // a role cue
		{"[Enver Paşa] geldi", "", "Enver Paşa"},              // a title in the name stays
		{"[Kaptan] geldi", "", "Kaptan"},                      // nothing would be left
		{"[Peder Johnson] geldi", "Q1", "Peder Johnson"},      // the gazetteer's name
		{"[Papa Francesco] konuştu", "Q1", "Francesco"},       // but for an office's title
		{"[Kraliçe Elizabeth] konuştu", "Q1", "Elizabeth"},
		{"[Şeyh Hasina] konuştu", "Q1", "Şeyh Hasina"}, // a title that begins a name
		{"[Papa] konuştu", "Q1", "Papa"},               // nothing would be left
		{"[Mehmet Kaptan] geldi", "", "Mehmet Kaptan"}, // a title only at the front
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, annotation.Person, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		trimLeadingTitles(doc, ents, l)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text || ents[0].ID != tc.id {
			t.Errorf("%s: got %q %q, want %q %q", tc.words, ents[0].Text, ents[0].ID, tc.want, tc.id)
		}
	}
}

// TestTrimLeadingTitlesDottedHonorific checks that an English honorific
// the tokenizer split from its dot goes with the title before it, and that
// an honorific without a dot stays (Lady Gaga).
func TestTrimLeadingTitlesDottedHonorific(t *testing.T) {
	tests := []struct{ text, mention, want string }{
		{"Lifeguard Capt. Larry Giles said so.", "Lifeguard Capt. Larry Giles", "Larry Giles"},
		{"Lifeguard Capt . Larry Giles said so .", "Capt . Larry Giles", "Larry Giles"}, // tokenized text
		{"Lady Gaga sang with the Capt .", "Lady Gaga", "Lady Gaga"},
		{"Prof. Alan Reyes said so.", "Prof. Alan Reyes", "Alan Reyes"},
		{"Doctor Hank is Amazing", "Doctor Hank", "Hank"},
		{"Doctor said so.", "Doctor", "Doctor"}, // nothing would be left
		{"Lady Gaga sang.", "Lady Gaga", "Lady Gaga"},
		{"Capt. said so.", "Capt.", "Capt."}, // nothing would be left
	}
	l := en.English{}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		first, last := -1, -1
		for i, tk := range doc.Tokens {
			if tk.Start == strings.Index(tc.text, tc.mention) {
				first = i
			}
			if tk.End == strings.Index(tc.text, tc.mention)+len(tc.mention) {
				last = i + 1
			}
		}
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model")}
		trimLeadingTitles(doc, ents, l)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %q, want %q", tc.text, ents[0].Text, tc.want)
		}
	}
}

// TestTrimLeadingTitlesAbbreviation checks that a title written as an
// abbreviation in capitals (PM) comes off a person's front.
func TestTrimLeadingTitlesAbbreviation(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the person mention is the [bracketed] ones
		want  string
	}{
		{"Macedonia 's [PM Zoran Zaev] voted", "Zoran Zaev"},
		{"British [PM May] accuses critics", "May"},
		{"[PM] said", "PM"}, // nothing would be left
	}
	l := en.English{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		for i := first; i < last; i++ {
			if doc.Tokens[i].Text == "PM" {
				doc.Tokens[i].Kind = lang.Abbreviation // as the tokenizers read a word in capitals
			}
		}
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model")}
		trimLeadingTitles(doc, ents, l)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %q, want %q", tc.words, ents[0].Text, tc.want)
		}
	}
}

// TestDropTitlesBeforePeople checks which mentions of titles only are
// dropped before a person's (sentences written for the test).
func TestDropTitlesBeforePeople(t *testing.T) {
	tests := []struct{ marked, want string }{
		{"P=[Cankurtaran Kaptan] P=[Larry Giles] basına bilgi verdi .", "PER Larry Giles"},
		{"Dün P=[Komiser] P=[Ali Demir] geldi .", "PER Ali Demir"},
		{"P=[Kaptan] geldi .", "PER Kaptan"},                                           // before no person
		{"P=[Kaptan] , P=[Ali Demir] ile geldi .", "PER Kaptan|PER Ali Demir"},         // not right before
		{"P=[Mehmet Kaptan] P=[Ali Demir] geldi .", "PER Mehmet Kaptan|PER Ali Demir"}, // a name, not titles only
		{"O=[Kaptan] P=[Ali Demir] geldi .", "ORG Kaptan|PER Ali Demir"},               // not a person's
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		ents = dropTitlesBeforePeople(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
