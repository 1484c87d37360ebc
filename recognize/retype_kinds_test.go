package recognize

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestRetypeListsOfKind checks which mentions of a list of names the words
// after the list make organizations.
func TestRetypeListsOfKind(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; each [bracketed] run is a PER mention (L= a LOC), @ID known
		want  string // the mentions afterwards, type and text, "|"-separated
	}{
		{"[Revlon] , [Essie] ve Dr. [PawPaw] gibi markaların da", "ORG Revlon|ORG Essie|ORG Dr. PawPaw"},
		{"[La Roche] ve [Vichy] gibi lüks cilt bakım markalarını", "ORG La Roche|ORG Vichy"},
		{"[Aldi] ve [Lidl] ve diğer indirim mağazaları", "ORG Aldi|ORG Lidl"},
		{"L=[Fransa]@Q142 ve [Aldi] gibi şirketler", "LOC Fransa|ORG Aldi"}, // a country keeps its type
		{"[Ankara] ve [İstanbul] gibi şehirler", "PER Ankara|PER İstanbul"}, // not an organization's kind
		{"[Aldi] ile görüşen [Lidl] gibi şirketler", "PER Aldi|ORG Lidl"},   // not in the list
		{"[Aldi] gibi çok büyük ve ucuz indirim mağazaları", "PER Aldi"},    // the kind too far
		{"[Aldi] gibi Alman mağazaları", "PER Aldi"},                        // a name between
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.words, annotation.Person)
		retypeListsOfKind(doc, ents, l, g, kindListEnds(doc.Tokens, wordCasesOf(doc.Tokens), l))
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestAddListedOfKind checks which unmentioned names before a kind of
// organization are added (sentences written for the test).
func TestAddListedOfKind(t *testing.T) {
	tests := []struct{ marked, want string }{
		{"Boots gibi mağazalarda bulunan markalar", "ORG Boots"},
		{"P=[Aldi] ve Boots gibi mağazalar", "PER Aldi|ORG Boots"}, // the last name only; retypeListsOfKind does the rest
		{"Gateway Pundit ve RedState gibi internet siteleri", "ORG RedState"},
		{"Bu gibi firmalar kapandı", ""},              // a word of the dictionary
		{"P=[Aldi] gibi mağazalar", "PER Aldi"},       // a mention ends the list
		{"Boots gibi şehirler", ""},                   // not an organization's kind
		{"New Look Fashion Boots gibi mağazalar", ""}, // a longer run of capitals
		{"Boots gibi Alman mağazaları", ""},           // a name between
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		ents, _ = addListedOfKind(doc, ents, l, kindListEnds(doc.Tokens, wordCasesOf(doc.Tokens), l))
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}

// TestKindListEnds checks the tokens that end a list by announcing its
// kind, read through wordCases: the announcing word before a lower-case
// word only, at the document's start and end too.
func TestKindListEnds(t *testing.T) {
	tests := []struct {
		words string
		want  []int
	}{
		{"", nil},
		{"gibi", nil},               // nothing after it
		{"gibi markalar", []int{0}}, // at the start
		{"Boots gibi mağazalarda ve Zara gibi markalar", []int{1, 5}},
		{"Boots Gibi mağazalar", []int{1}},                       // folded
		{"Boots gibi Alman mağazaları", nil},                     // a capital between
		{"Boots gibi çok büyük ve ucuz indirim mağazaları", nil}, // too far
		{"Boots gibi", nil},                                      // at the end
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, _ := markedDoc(t, l, tc.words, annotation.Person)
		if got := kindListEnds(doc.Tokens, wordCasesOf(doc.Tokens), l); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.words, got, tc.want)
		}
	}
	en, _ := lang.Get("en")
	doc, _ := markedDoc(t, en, "stores like Boots", annotation.Person)
	if got := kindListEnds(doc.Tokens, wordCasesOf(doc.Tokens), en); got != nil {
		t.Errorf("English: got %v, want none", got)
	}
}
