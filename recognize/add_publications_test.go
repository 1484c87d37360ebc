package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestAddPublications checks which newspapers' names written with their
// article become organizations, and what becomes of the mentions inside.
func TestAddPublications(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; a [bracketed] run is a PERSON mention already found
		want  string // the mentions afterwards, type and text, "|"-separated
	}{
		{"Mr Goldsmith told The Sunday Telegraph : yes", "ORG The Sunday Telegraph"},
		{"he told The [Telegraph] .", "ORG The Telegraph"},                          // the mention gives way
		{"Speaking to The Sunday Times Culture , Kit said", "ORG The Sunday Times"}, // up to the last head
		{"he read The Wall Street Journal", "ORG The Wall Street Journal"},
		{"she told The Yorkshire Evening Post on Monday", "ORG The Yorkshire Evening Post"},
		{"The Sunday Times reported it", ""},                                                                   // opens the sentence
		{"in the Sunday Times newspaper", ""},                                                                  // no capitalized article
		{"a complaint to The [Independent Police Complaints] Commission", "PER Independent Police Complaints"}, // a mention past the head
		{"Mr [Goldsmith The Sunday Telegraph] said", "PER Goldsmith|ORG The Sunday Telegraph"},                 // a person's name run on into it
		{"he saw The Big Short", ""},                                                                           // no head
		{"he told The Very Big Daily Local Post", ""},                                                          // too long
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Person)
		if got := mentionsOf(t, doc, addPublications(doc, ents, l, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestAddPublicationsTurkish checks English newspapers' names as Turkish
// news quotes them.
func TestAddPublicationsTurkish(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; a [bracketed] run is a PERSON mention already found
		want  string // the mentions afterwards, type and text, "|"-separated
	}{
		{"Profesör [The Telegraph] gazetesine konuştu", "ORG The Telegraph"},
		{"Bay [Goldsmith The Sunday Telegraph] gazetesine konuştu", "PER Goldsmith|ORG The Sunday Telegraph"},
		{"yazar The Big Short kitabını yazdı", ""}, // no newspaper's head
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Person)
		if got := mentionsOf(t, doc, addPublications(doc, ents, l, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestPublicationsReadAsPeople checks which person's mentions ending in a
// newspaper's word become organizations.
func TestPublicationsReadAsPeople(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; a [bracketed] run is a PERSON mention already found
		want  string // the mentions afterwards, type and text
	}{
		{"fakat [Scottish Sun] kaynağa ulaştı", "ORG Scottish Sun"},
		{"habere göre [Washington Examiner] yazdı", "ORG Washington Examiner"},
		{"oyuncu [Sun] konuştu", "PER Sun"},              // one word: a surname too
		{"yazar [John Smith] konuştu", "PER John Smith"}, // no newspaper's word
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Person)
		publicationsReadAsPeople(doc, ents, l)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
	// A place's mention the gazetteer does not know, read from the town
	// in the name ("Washington Examiner 'da yer alan habere göre").
	places := []struct{ words, id, want string }{
		{"[Washington Examiner] 'da yer alan habere göre", "", "ORG Washington Examiner"},
		{"[Washington Examiner] 'da yer alan habere göre", "Q1", "LOC Washington Examiner"},    // the gazetteer's place
		{"[Washington] 'da yaşıyor", "", "LOC Washington"},                                     // no newspaper's word
		{"[Güney Çin Sabah Postası] 'nın aktardığına göre", "", "ORG Güney Çin Sabah Postası"}, // Turkish for Post
		{"[Bursa] elektronik postası", "", "LOC Bursa"},
	}
	for _, tc := range places {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Location)
		ents[0].ID = tc.id
		publicationsReadAsPeople(doc, ents, l)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}
