package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestRetypeCompanyDeeds checks which people a publishing, a poll or a
// founding after them makes organizations.
func TestRetypeCompanyDeeds(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; [bracketed] runs are PER mentions, @ID known
		want  string // the mentions afterwards, type and text, "|"-separated
	}{
		{"kitabı bu ay [Houghton Mifflin Harcourt] tarafından yayımlanacak", "ORG Houghton Mifflin Harcourt"},
		{"[YouGov] tarafından 2013 yılında gerçekleştirilen bir ankete göre", "ORG YouGov"},
		{"[Willoughby] , [Truly] 'yi 2016 'da [Capp] ile birlikte kurdu", "PER Willoughby|ORG Truly|PER Capp"},
		{"[Ali] tarafından yazılan kitap", "PER Ali"},                        // not a company's deed
		{"[Ali] tarafından , yıllar sonra yayımlandı", "PER Ali"},            // past the clause
		{"[Truly] 'yi arayıp yeni bir şirket kurdu", "PER Truly"},            // another verb's object
		{"[Truly] 'nin şirketini kurdu", "PER Truly"},                        // not the accusative
		{"[Ayşe]@Q1 tarafından yayımlanan kitap", "PER Ayşe"},                // known to the gazetteer
		{"[Zorbex] tarafından bir iki üç dört beş altı anket", "PER Zorbex"}, // too far
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedGivenDoc(t, l, tc.words, annotation.Person)
		retypeCompanyDeeds(doc, ents, l)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestRetypeRangesOfKind checks which people of a range of names the words
// after it make organizations.
func TestRetypeRangesOfKind(t *testing.T) {
	tests := []struct {
		words string
		want  string
	}{
		{"[L'Oreal] 'den [Maybelline] ve [Burt] 's Bees 'e kadar olan markalar", "ORG L'Oreal|ORG Maybelline|ORG Burt"},
		{"[L'Oreal] 'den [Maybelline] 'e kadar olan kişiler", "PER L'Oreal|PER Maybelline"},       // not an organization's kind
		{"[Ali] dün geldi . [Veli] 'den [Ayşe] 'ye kadar şirketler", "PER Ali|ORG Veli|ORG Ayşe"}, // the range opens after the stop
		{"[Ali] 'ye kadar olan markalar", "PER Ali"},                                              // no opening case
		{"L=[İstanbul] 'dan L=[Ankara] 'ya kadar şirketler", "LOC İstanbul|LOC Ankara"},           // places keep their type
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedGivenDoc(t, l, tc.words, annotation.Person)
		retypeRangesOfKind(doc, ents, l, kindEndsOf(doc.Tokens, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, l), l).ranges)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
