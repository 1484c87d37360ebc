package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestClubsInMatchReports checks that a name the gazetteer knows as a club
// under its full name (Livingston FC) becomes an organization in a
// sentence about a match (a match-report word or a score), and keeps its
// type outside one, after "in" (the match's place), and when the gazetteer
// has no such club; that such a club name no mention held is added in a
// match report, and nothing in other sentences.
func TestClubsInMatchReports(t *testing.T) {
	tests := []mentionType{
		{"Dolly Menga 's first goal for Livingston secured victory", "Livingston", entity.Organization},
		{"Crosses continually came into the Livingston box , while two penalty claims were waved away .", "Livingston", entity.Organization},
		{"Holly Livingston opened a bakery in Edinburgh .", "Holly Livingston", entity.Person},
		{"Neymar scored twice in Paris on Sunday .", "Paris", entity.Location},
		{"Neymar flew to Sinsheim after the match .", "Sinsheim", entity.Location},
		// a club under another full name (Ayr United), a match-report word capitalized in a competition's name
		{"Gerrard made eight changes to the side which swept past Ayr into the Betfred Cup .", "Ayr", entity.Organization},
		// a score makes the sentence a match report too
		{"Menga gave Livingston a deserved 1-0 win .", "Livingston", entity.Organization},
		{"They face leaders Hearts in the league , who they trail by eight points .", "Hearts", entity.Organization},
		// club names no mention held are added, the words before one that opens the sentence left out
		{"While Rangers now drop down to sixth spot , Livingston climb to third and only behind Hibernian on goal difference .", "Hibernian", entity.Organization},
		{"While Rangers now drop down to sixth spot , Livingston climb to third and only behind Hibernian on goal difference .", "Rangers", entity.Organization},
		// a club's short name (the gazetteer's Feyenoord Rotterdam, Udinese Calcio)
		{"Feyenoord sacked their coach after the 3-0 defeat .", "Feyenoord", entity.Organization},
		{"Udinese striker Marco Rossi scored twice .", "Udinese", entity.Organization},
	}
	checkMentionTypes(t, "en", tests)
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	// A sentence next to one about a match is about it too; two away, not.
	for _, tc := range []struct {
		sents []string
		want  bool
	}{
		{[]string{"Menga scored the only goal .", "They face leaders Hearts , who they trail by eight points , next Sunday ."}, true},
		{[]string{"Menga scored the only goal .", "The sun shone .", "They face leaders Hearts , who they trail by eight points , next Sunday ."}, false},
	} {
		var words [][]string
		for _, s := range tc.sents {
			words = append(words, strings.Fields(s))
		}
		doc, err := x.ExtractTokens(context.Background(), "en", words)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range doc.Entities {
			got = got || e.Text == "Hearts" && e.Type == entity.Organization
		}
		if got != tc.want {
			t.Errorf("%q: Hearts an organization %v, want %v", tc.sents, got, tc.want)
		}
	}
	for _, words := range []string{
		"They face leaders Hearts , who they trail by eight points , next Sunday .",
		// A club named after its town stays the town outside a match
		// report (a club's distinct name, Hibernian, is the club's
		// anywhere: clubsByDistinctName).
		"Park rangers said Aberdeen was closed .",
	} {
		doc, err := x.ExtractTokens(context.Background(), "en", [][]string{strings.Fields(words)})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Entities {
			if e.Type == entity.Organization {
				t.Errorf("%q: organization %q, want no club outside a match report", words, e.Text)
			}
		}
	}
}
