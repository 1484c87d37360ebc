package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestSplitJoinedNames checks which mentions running two names together
// are split, on sentences written for the test.
func TestSplitJoinedNames(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "loc:hassan", Type: gazetteer.Location, Prior: 0.5,
			Names: map[string][]string{"en": {"Hassan"}}},
		&gazetteer.Entry{ID: "org:bbc", Type: gazetteer.Organization, Prior: 0.9,
			Names: map[string][]string{"en": {"BBC"}}},
		&gazetteer.Entry{ID: "loc:sco", Type: gazetteer.Location, Prior: 0.9,
			Names: map[string][]string{"en": {"Scotland"}}},
	)
	tests := []struct {
		l     lang.Language
		words string
		want  string // the mentions afterwards, "text/TYPE/ID", "|"-separated
	}{
		// A club and the player it signed, run together: both named alone elsewhere.
		{tr.Turkish{}, "O=[Rangers] kazandı . P=[Jacobs] attı . Sonra P=[Rangers Jacobs] 'u sattı .",
			"Rangers/ORGANIZATION/|Jacobs/PERSON/|Rangers/ORGANIZATION/|Jacobs/PERSON/"},
		// A committee and the senator it heard, the senator named alone elsewhere (Russian cases).
		{ru.Russian{}, "Заседание O=[Юридического комитета] . P=[Флейк] сказал , что члены O=[Юридического комитета Флейк] слушали .",
			"Юридического комитета/ORGANIZATION/|Флейк/PERSON/|Юридического комитета/ORGANIZATION/|Флейк/PERSON/"},
		// A web address is never part of a name.
		{tr.Turkish{}, "P=[Sturridge LiverpoolFC.com] 'a konuştu .",
			"Sturridge/PERSON/|LiverpoolFC.com/ORGANIZATION/"},
		// Two names that are not people's make one: a broadcaster and its nation.
		{en.English{}, "O=[BBC] and L=[Scotland] and O=[BBC Scotland] reported",
			"BBC/ORGANIZATION/|Scotland/LOCATION/|BBC Scotland/ORGANIZATION/"},
		// A person whose first word the gazetteer knows only as a place stays whole.
		{en.English{}, "P=[Nasrallah] said P=[Hassan Nasrallah] left",
			"Nasrallah/PERSON/|Hassan Nasrallah/PERSON/"},
		// A name the document repeats whole is one name.
		{tr.Turkish{}, "O=[Rangers] ve P=[Jacobs] . P=[Rangers Jacobs] geldi . P=[Rangers Jacobs] gitti .",
			"Rangers/ORGANIZATION/|Jacobs/PERSON/|Rangers Jacobs/PERSON/|Rangers Jacobs/PERSON/"},
		// A part named nowhere else keeps the mention whole.
		{tr.Turkish{}, "P=[Jacobs] ve P=[Kelly Rangers] geldi .",
			"Jacobs/PERSON/|Kelly Rangers/PERSON/"},
		// A place and a person stay one name, whatever type the tagger gave it.
		{en.English{}, "L=[Paris] and P=[Hilton] , then P=[Paris Hilton] arrived",
			"Paris/LOCATION/|Hilton/PERSON/|Paris Hilton/PERSON/"},
		{en.English{}, "L=[Brooklyn] and P=[Beckham] , then L=[Brooklyn Beckham] opened",
			"Brooklyn/LOCATION/|Beckham/PERSON/|Brooklyn Beckham/LOCATION/"},
		{en.English{}, "P=[Trump] flew to L=[Turnberry] and L=[Trump Turnberry] opened",
			"Trump/PERSON/|Turnberry/LOCATION/|Trump Turnberry/LOCATION/"},
		// A given name opening a person: Jordan is a given name and a club.
		{en.English{}, "O=[Jordan] won , then P=[Henderson] and P=[Jordan Henderson] scored",
			"Jordan/ORGANIZATION/|Henderson/PERSON/|Jordan Henderson/PERSON/"},
		// A company named by its site keeps it.
		{en.English{}, "O=[Amazon.com Inc.] said", "Amazon.com Inc./ORGANIZATION/"},
	}
	// Twice, the second time backwards: each document's index is taken
	// from the pool the one before released it to (mentionNamesPool), and
	// must hold nothing of it.
	for round := range 2 {
		for i := range tests {
			tc := tests[i]
			if round == 1 {
				tc = tests[len(tests)-1-i]
			}
			doc, ents := givenMarkedDoc(tc.l, tc.words)
			got := mentionList(t, doc, splitJoinedNames(doc, ents, tc.l, g))
			if got != tc.want {
				t.Errorf("round %d, %s:\n got %q\nwant %q", round, tc.words, got, tc.want)
			}
		}
	}
}

// TestWebDomain checks what reads as a bare web domain.
func TestWebDomain(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"LiverpoolFC.com", true},
		{"bbc.co.uk", true},
		{"lenta.ru", true},
		{"weather.com", true},
		{"U.S.", false},
		{"Inc.", false},
		{"3.5", false},
		{"a.com", false}, // a one-letter label: an initial and a word
		{"Dr.PawPaw", false},
		{"example.COM", false},
		{"st.louis", false}, // a top-level domain of five letters
		{".com", false},
		{"x..com", false},
	} {
		if got := webDomain(tc.word); got != tc.want {
			t.Errorf("webDomain(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestShapeSet checks the set of shapes against a map: empty, with
// repeats, large, with starts of one and two runes (invalid UTF-8 among
// them) and shapes of 64 tokens or more; and that empty removes them all.
func TestShapeSet(t *testing.T) {
	starts := []string{"", "a", "ab", "ба", "б", "\xff", "\xffa", "ış", "İs", "zz"}
	for _, n := range []int{0, 1, 5, 40, 2000} {
		var set shapeSet
		want := map[nameShape]bool{}
		for i := range n {
			x := nameShape{tokens: i*7%5 + 1, start: starts[i*3%len(starts)]}
			if i%9 == 0 {
				x.tokens = 60 + i%7
			}
			set.add(x)
			want[x] = true
		}
		for tokens := range 70 {
			for _, start := range append(starts, "c", "ыы") {
				x := nameShape{tokens, start}
				if got := set.has(x); got != want[x] {
					t.Errorf("n %d: has(%v) = %v, want %v", n, x, got, want[x])
				}
			}
		}
		set.empty() // as an index back in the pool
		for x := range want {
			if set.has(x) {
				t.Errorf("n %d: emptied, has(%v)", n, x)
			}
		}
	}
}

// TestShapeOf checks a name's start against the first two runes that
// ranging over its first token's folded text reads, invalid UTF-8 among
// them.
func TestShapeOf(t *testing.T) {
	for _, norm := range []string{"a", "ab", "abc", "юр", "юрид", "ış", "日本語", "\xff", "\xffab", "a\xff\xfe", "\xd0", "\xd0a", "🙂x", "x🙂y"} {
		doc := &annotation.Document{Tokens: []lang.Token{{Text: "x", Norm: norm}, {Text: "y", Norm: "y"}}}
		want, n := norm, 0
		for i := range norm {
			if n == 2 {
				want = norm[:i]
				break
			}
			n++
		}
		if got := shapeOf(doc, 0, 2, nil); got != (nameShape{2, want}) {
			t.Errorf("shapeOf(%q) = %+v, want {2 %q}", norm, got, want)
		}
	}
}
