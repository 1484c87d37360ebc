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

// TestInflectedBodyPrefilter checks that the prefix test NamesBody makes
// before analysing a word lets through every word whose analysis yields an
// inflected body's stem: here the bodies' case forms and some look-alikes.
func TestInflectedBodyPrefilter(t *testing.T) {
	for _, w := range []string{
		"meclisi", "meclise", "mecliste", "meclisten", "meclisin", "meclisle", "meclisteki", "meclisimiz",
		"kongreye", "kongrede", "kongrenin", "senatoya", "senatonun", "komisyona", "komisyonun", "komisyondaki",
		"mecliste'ki", "ankara", "istanbul", "bakanlığı",
	} {
		hasBodyStem := false
		for _, a := range Analyze(w) {
			hasBodyStem = hasBodyStem || inflectedBodies[a.Stem]
		}
		if hasBodyStem && !startsLikeInflectedBody(w) {
			t.Errorf("startsLikeInflectedBody(%q) = false, but %q analyses to a body's stem", w, w)
		}
	}
	if got := testing.AllocsPerRun(10, func() { Turkish{}.NamesBody("ankara") }); got != 0 {
		t.Errorf("NamesBody of a word no body starts: %v allocations, want 0", got)
	}
}
