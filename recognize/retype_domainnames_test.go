package recognize

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestRetypeDomainNames checks which mentions a web or e-mail address in
// their sentence makes organizations.
func TestRetypeDomainNames(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string // the mention's gazetteer ID
		want  annotation.Type
	}{
		{"type in the following [United Way] link , http://unitedway.enron.com or", annotation.Location, "", annotation.Organization},
		{"see [Acme] at www.acme.org today", annotation.Person, "", annotation.Organization},
		{"write to [Acme] sales@acme.co.uk now", annotation.Location, "", annotation.Organization},
		{"visit [Acme] at https://shop.acme.com/path?x=1", annotation.Person, "", annotation.Organization},
		{"the [United Way] link , unitedway.enron.com", annotation.Location, "", annotation.Location}, // no scheme, www or @
		{"flights to [US] from http://www.delta.us", annotation.Location, "", annotation.Location},    // a top-level label
		{"ask [Jo] at http://jo.example.com", annotation.Person, "", annotation.Person},               // under three letters
		{"ask [John Smith] at http://johnsmithplumbing.com", annotation.Person, "", annotation.Person},
		{"[Acme] http://acme.com", annotation.Organization, "", annotation.Organization},
		{"I live in [Paris] http://paris.example.org", annotation.Location, "Q90", annotation.Location}, // linked: the city
	}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, en.English{}, tc.typ)
		ents[0].ID = tc.id
		retypeDomainNames(doc, ents)
		if ents[0].Type != tc.want {
			t.Errorf("%s: %s, want %s", tc.words, ents[0].Type, tc.want)
		}
	}
}

// TestHostLabels checks the labels read off addresses.
func TestHostLabels(t *testing.T) {
	tests := map[string][]string{
		"http://unitedway.enron.com":  {"unitedway", "enron"},
		"www.acme.org":                {"acme"},
		"WwW.Acme.ORG":                {"acme"},
		"wwx.acme.org":                nil,
		"ẉww.acme.org":                nil,
		"news.acme.org:8080":          nil,
		"Kevin.A.Boone@accenture.com": {"accenture"},
		"https://a.b.c/x.y":           {"a", "b"},
		"http://localhost":            nil,
		"acme.com":                    nil,
		"@handle":                     nil,
	}
	for in, want := range tests {
		if got := hostLabels(in); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

// TestHostLabelsOfWords checks that a word which is no address costs no
// allocation: hostLabels is asked of every token of every sentence.
func TestHostLabelsOfWords(t *testing.T) {
	for _, w := range []string{"London", "Москва", "www", "İstanbul'da"} {
		if n := testing.AllocsPerRun(10, func() { hostLabels(w) }); n != 0 || hostLabels(w) != nil {
			t.Errorf("%s: %v allocations, labels %q", w, n, hostLabels(w))
		}
	}
}

// TestSentenceMayHoldAddress checks the sentence pre-test of
// retypeDomainNames: true for every sentence with a token hostLabels reads
// labels from, false for sentences with no "://", at sign or www. (in any
// case), and true for a sentence whose offsets are not in the text.
func TestSentenceMayHoldAddress(t *testing.T) {
	tests := map[string]bool{
		"type in the following United Way link , http://unitedway.enron.com or": true,
		"see Acme at WwW.acme.org today":                                        true,
		"write to sales@acme.co.uk now":                                         true,
		"at 14:30 , said":                                                       false, // a colon alone names no host
		"he said: visit ftp://files.acme.org":                                   true,
		"the United Way link , unitedway.com":                                   false,
		"a www , then www. no":                                                  true,
		"the www and the wwx.acme.org site":                                     false,
		"Dr. Smith and Mr. Jones came":                                          false,
	}
	for words, want := range tests {
		doc, _ := givenMentionDoc(words, en.English{}, annotation.Person)
		s := doc.Sentences[0]
		if got := sentenceMayHoldAddress(doc, s); got != want {
			t.Errorf("%s: %v, want %v", words, got, want)
		}
		for _, tok := range doc.Tokens {
			if hostLabels(tok.Text) != nil && !sentenceMayHoldAddress(doc, s) {
				t.Errorf("%s: %s has labels, the sentence none", words, tok.Text)
			}
		}
		doc.Text = ""
		if !sentenceMayHoldAddress(doc, s) {
			t.Errorf("%s with no text: false, want true (the tokens answer)", words)
		}
	}
}
