package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestTeamsAroundScores checks the mentions around match scores.
func TestTeamsAroundScores(t *testing.T) {
	type m struct {
		first, last int
		typ         annotation.Type
	}
	tests := []struct {
		words string
		in    []m
		want  []m
		names string // the names made or added as teams, for spreadOrganizations
	}{
		{"Ayr 38 - 17 Melrose : Yenilgisiz", []m{{0, 1, annotation.Person}}, []m{{0, 1, annotation.Organization}, {4, 5, annotation.Organization}}, "Ayr Melrose"},
		{"Livingston 1-0 Rangers :", []m{{0, 1, annotation.Person}, {2, 3, annotation.Organization}}, []m{{0, 1, annotation.Organization}, {2, 3, annotation.Organization}}, "Livingston"},
		{"Brighton 1 – 2 Manchester City", []m{{0, 1, annotation.Location}, {4, 6, annotation.Organization}}, []m{{0, 1, annotation.Organization}, {4, 6, annotation.Organization}}, "Brighton"},
		{"tarih 14 - 19 Eylül arası", nil, nil, ""},
		{"Ahmet 1500 - 2000 Lira aldı", []m{{0, 1, annotation.Person}}, []m{{0, 1, annotation.Person}}, ""},
		{"molaya Ayr 'ı 17 - 5 önde götürdü", []m{{1, 2, annotation.Person}}, []m{{1, 2, annotation.Organization}}, "Ayr"},   // its case ending between
		{"Ayr , 17 - 5 önde", []m{{0, 1, annotation.Person}}, []m{{0, 1, annotation.Person}}, ""},                            // a comma is no case ending
		{"Ring Ayr 555 - 292 - 3680 today", []m{{1, 2, annotation.Person}}, []m{{1, 2, annotation.Person}}, ""},              // a telephone number
		{"dated 12 - 05 - 1996 , Ayr", []m{{6, 7, annotation.Person}}, []m{{6, 7, annotation.Person}}, ""},                   // a date
		{"Ayr 38 - 17 Melrose :", nil, []m{{0, 1, annotation.Organization}, {4, 5, annotation.Organization}}, "Ayr Melrose"}, // neither side a mention
		{"Festivali 14 - 19 Eylül arası", nil, nil, ""},                                                                      // a month
		{"Başkan 3 - 1 Ayr", nil, nil, ""},
		{"dün Ayr 38 - 17 Melrose", nil, nil, ""},                                                                                                                     // not opening a clause                                                                                                                            // a cue word
		{"Ahmet 1 - 0 ile Ayşe", []m{{0, 1, annotation.Person}, {5, 6, annotation.Person}}, []m{{0, 1, annotation.Organization}, {5, 6, annotation.Person}}, "Ahmet"}, // Ayşe is not next to the score
	}
	for _, tc := range tests {
		doc := &annotation.Document{}
		for _, w := range strings.Fields(tc.words) {
			if doc.Text != "" {
				doc.Text += " "
			}
			kind := lang.Word
			if strings.HasPrefix(w, "'") {
				kind = lang.Suffix
			} else if strings.ContainsAny(w[:1], "0123456789") {
				kind = lang.Number
			} else if !strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				kind = lang.Punct
			}
			doc.Tokens = append(doc.Tokens, lang.Token{Text: w, Start: len(doc.Text), End: len(doc.Text) + len(w), Kind: kind})
			doc.Text += w
		}
		var ents []annotation.Entity
		for _, x := range tc.in {
			ents = append(ents, doc.Mention(x.first, x.last, x.typ, 0.5, "model"))
		}
		got, names := teamsAroundScores(doc, ents, tr.Turkish{}, nil)
		if strings.Join(names, " ") != tc.names {
			t.Errorf("%q: names %q, want %q", tc.words, names, tc.names)
		}
		var have []m
		for _, e := range got {
			have = append(have, m{e.First, e.Last, e.Type})
		}
		if len(have) != len(tc.want) {
			t.Errorf("%q: %v, want %v", tc.words, have, tc.want)
			continue
		}
		for k := range have {
			if have[k] != tc.want[k] {
				t.Errorf("%q: %v, want %v", tc.words, have, tc.want)
				break
			}
		}
	}
}
