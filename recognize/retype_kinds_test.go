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
		retypeListsOfKind(doc, ents, l, g, kindEndsOf(doc.Tokens, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, l), l).lists)
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
		ents, _ = addListedOfKind(doc, ents, l, kindEndsOf(doc.Tokens, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, l), l).lists)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}

// TestKindEndsOf checks the tokens that end a list or a range by
// announcing its kind, read through wordCases: the word before a
// lower-case word only, at the document's start and end too.
func TestKindEndsOf(t *testing.T) {
	tests := []struct {
		words         string
		lists, ranges []int
	}{
		{"gibi", nil, nil},                // nothing after it
		{"gibi markalar", []int{0}, nil},  // at the start
		{"kadar markalar", nil, []int{0}}, // a range
		{"Boots gibi mağazalarda ve Zara 'dan Mango 'ya kadar markalar", []int{1}, []int{8}},
		{"Boots Gibi mağazalar", []int{1}, nil},                       // folded
		{"Boots gibi Alman mağazaları", nil, nil},                     // a capital between
		{"Boots gibi çok büyük ve ucuz indirim mağazaları", nil, nil}, // too far
		{"Boots gibi", nil, nil},                                      // at the end
		{"Boots kadar şehirler", nil, nil},                            // not an organization's kind
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, _ := markedGivenDoc(t, l, tc.words, annotation.Person)
		got := kindEndsOf(doc.Tokens, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, l), l)
		if !slices.Equal(got.lists, tc.lists) || !slices.Equal(got.ranges, tc.ranges) {
			t.Errorf("%q: got %v, want lists %v, ranges %v", tc.words, got, tc.lists, tc.ranges)
		}
	}
	if got := kindEndsOf(nil, nil, wordCues{}, l); got.lists != nil || got.ranges != nil {
		t.Errorf("no tokens: got %v, want none", got)
	}
	en, _ := lang.Get("en")
	doc, _ := markedDoc(t, en, "stores like Boots", annotation.Person)
	if got := kindEndsOf(doc.Tokens, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, en), en); got.lists != nil || got.ranges != nil {
		t.Errorf("English: got %v, want none", got)
	}
}
