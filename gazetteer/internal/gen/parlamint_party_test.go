package main

import "testing"

// TestForeignPartyName checks that a Turkish party is not given the
// English name of another country's party, and is given its own.
func TestForeignPartyName(t *testing.T) {
	us := newEntry("varlik:org:democratic-party", "ORGANIZATION", "party", 0)
	us.attrs["country"] = "Q30"
	us.addName("en", "Democratic Party")
	tr := newEntry("Q2067217", "ORGANIZATION", "party", 0)
	tr.attrs["country"] = turkeyID
	tr.addName("en", "Democrat Party")
	other := newEntry("Q1", "ORGANIZATION", "party", 0)
	other.attrs["country"] = turkeyID
	other.addName("en", "Future Party")
	g := gazetteerOf(t, us, tr, other)
	for _, tc := range []struct {
		en   string
		want bool
	}{
		{"Democratic Party", true}, // the United States'
		{"democratic party", true}, // in any case
		{"Democrat Party", false},  // its own
		{"Future Party", false},    // another Turkish party's
		{"Labour Party", false},    // nobody's
	} {
		if got := foreignPartyName(g, tr, tc.en); got != tc.want {
			t.Errorf("foreignPartyName(%q) = %v, want %v", tc.en, got, tc.want)
		}
	}
}
