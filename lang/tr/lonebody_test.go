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
	for _, c := range []struct {
		norm   string
		office bool
	}{
		{"başkanlığı", true}, {"başkanlığına", true}, {"başkanı", false}, {"müdürlüğü", false},
	} {
		if got := l.OfficeAfterBody(c.norm); got != c.office {
			t.Errorf("OfficeAfterBody(%q) = %v, want %v", c.norm, got, c.office)
		}
	}
	for _, c := range []struct {
		norm  string
		names bool
	}{
		{"belediyesi", true}, {"bakanlığı", true}, {"kurulu", true}, {"ordusunun", true}, {"parti", true},
		{"belediye", false}, {"kurul", false}, {"başkanı", false}, {"spor", false}, {"", false},
	} {
		if got := l.HeadNamesBody(c.norm); got != c.names {
			t.Errorf("HeadNamesBody(%q) = %v, want %v", c.norm, got, c.names)
		}
	}
}

// TestInflectedBodyPrefilter checks that the prefix test NamesBody makes
// before analysing a word lets through every word whose analysis yields an
// inflected body's stem.
func TestInflectedBodyPrefilter(t *testing.T) {
	// Every stem with every surface form of the case, relative and
	// possessive endings, in every vowel and consonant harmony (most are
	// not words; the analysis decides which are), and some other words.
	words := []string{"ankara", "istanbul", "bakanlığı", "mecliste'ki"}
	for stem := range inflectedBodies {
		for _, end := range []string{
			"ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "a", "e", "ya", "ye", "da", "de", "ta", "te",
			"dan", "den", "tan", "ten", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
			"la", "le", "yla", "yle", "daki", "deki", "taki", "teki", "ımız", "imiz", "umuz", "ümüz", "mız", "miz", "muz", "müz",
		} {
			words = append(words, stem+end)
		}
	}
	found := 0
	for _, w := range words {
		hasBodyStem := false
		for _, a := range Analyze(w) {
			hasBodyStem = hasBodyStem || inflectedBodies[a.Stem]
		}
		if hasBodyStem && !inflectedBodyIndex.startsAny(w) {
			t.Errorf("inflectedBodyIndex.startsAny(%q) = false, but %q analyses to a body's stem", w, w)
		}
		if hasBodyStem {
			found++
		}
	}
	if found < 5*len(inflectedBodies) {
		t.Errorf("only %d of the %d words analyse to a body's stem: the test checks too little", found, len(words))
	}
	if got := testing.AllocsPerRun(10, func() { Turkish{}.NamesBody("ankara") }); got != 0 {
		t.Errorf("NamesBody of a word no body starts: %v allocations, want 0", got)
	}
}
