package tr

import "testing"

// TestLoneBodies checks which words name a body alone and which make a
// title of it.
func TestLoneBodies(t *testing.T) {
	l := Turkish{}
	for _, c := range []struct {
		norm  string
		names bool
	}{
		{"meclis", true},
		{"kongredeki", true}, // a legislature's case form
		{"senatodan", true},
		{"meclisimiz", true},
		{"kongreler", false},    // the plural: meetings
		{"başbakanlığa", false}, // the office held
		{"başbakanlık", true},   // uninflected
		{"komisyoncu", false},   // a derived word
		{"hazinedar", false},    // another word
	} {
		if got := l.NamesBody(c.norm); got != c.names {
			t.Errorf("NamesBody(%q) = %v, want %v", c.norm, got, c.names)
		}
	}
	for _, c := range []struct {
		norm  string
		title bool
	}{
		{"üyesi", true}, {"üyeleri", true}, {"başkanı", true}, {"sözcüsü", true},
		{"başkanlığı", false}, {"genel", false},
	} {
		if got := l.TitleAfterBody(c.norm); got != c.title {
			t.Errorf("TitleAfterBody(%q) = %v, want %v", c.norm, got, c.title)
		}
	}
}
