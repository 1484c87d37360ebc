package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// truecasedView tokenizes text in language code, truecases it as
// recognize does and returns the tokens' texts joined by spaces, with the
// document and what restoreCase needs.
func truecasedView(t *testing.T, x *Extractor, code, text string) (string, *Document, []caseSwap) {
	t.Helper()
	l, ok := lang.Get(code)
	if !ok {
		t.Fatalf("no language %q", code)
	}
	doc := &Document{Text: text, Tokens: l.Tokenize(text)}
	doc.Sentences = l.Sentences(text, doc.Tokens)
	saved := x.truecaseCaps(doc, l, x.model(code))
	words := make([]string, len(doc.Tokens))
	for i, tok := range doc.Tokens {
		words[i] = tok.Text
	}
	return strings.Join(words, " "), doc, saved
}

// TestTruecaseCaps checks the truecased view of sentences written in
// capitals (headlines written for the test) and that text in ordinary case
// is left alone.
func TestTruecaseCaps(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code, text, want string
	}{
		{"en", "SOCCER - LEEDS BEAT CHELSEA IN LONDON", "Soccer - Leeds beat Chelsea in London"},
		{"en", "US TROOPS LEAVE THE BASE NEAR KABUL", "US troops leave the base near Kabul"}, // an acronym the gazetteer knows in capitals only
		{"en", "POLICE ASK WITNESSES TO CONTACT US", "Police ask witnesses to contact us"},   // US, also a word: the word
		{"en", "TROOPS RETURN TO THE US", "Troops return to the US"},                         // after the article: the acronym
		{"en", "Markets rose. OIL PRICES FALL AS OPEC MEETS IN VIENNA. Traders were calm.", // only the headline
			"Markets rose . Oil prices fall as Opec meets in Vienna . Traders were calm ."},
		{"tr", "İSTANBUL'DA MERKEZ BANKASI FAİZLERİ İNDİRDİ", "İstanbul 'da Merkez Bankası faizleri indirdi"},
		{"tr", "KIRIKKALE'DE YAĞMUR VE DOLU ETKİLİ OLDU", "Kırıkkale 'de yağmur ve dolu etkili oldu"}, // dotless ı
		{"tr", "ISPARTA VALİSİ ABD BÜYÜKELÇİSİYLE GÖRÜŞTÜ", "Isparta Valisi ABD Büyükelçisiyle görüştü"},
		{"en", "Leeds beat Chelsea in London", "Leeds beat Chelsea in London"}, // not in capitals
		{"en", "NATO CHIEF", "NATO CHIEF"}, // two words: too short to tell a headline
		{"en", "McDONALD'S SHARES FALL AFTER PROFIT WARNING", "McDONALD 's shares fall after profit warning"}, // one word in its own case
		{"en", "McDONALD'S SHARES fall AFTER PROFIT WARNING", "McDONALD 'S SHARES fall AFTER PROFIT WARNING"}, // two: not a headline
		{"en", "SHARES OF McDONALD'S", "SHARES OF McDONALD 'S"},                                               // too short with one
		// The Russian model's prior is too thin to truecase with (minPriorWords).
		{"ru", "ПУТИН ВСТРЕТИЛСЯ С МАКРОНОМ В МОСКВЕ", "ПУТИН ВСТРЕТИЛСЯ С МАКРОНОМ В МОСКВЕ"},
	}
	for _, tc := range tests {
		got, doc, saved := truecasedView(t, x, tc.code, tc.text)
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.code, tc.text, got, tc.want)
		}
		if got == strings.Join(strings.Fields(tc.text), " ") && saved != nil {
			t.Errorf("%s %q: nothing changed, yet %d swaps saved", tc.code, tc.text, len(saved))
		}
		restoreCase(doc, saved)
		l, _ := lang.Get(tc.code)
		fresh := l.Tokenize(tc.text)
		for i := range fresh {
			if doc.Tokens[i].Text != fresh[i].Text || doc.Tokens[i].Kind != fresh[i].Kind {
				t.Errorf("%s %q: token %d restored as %q/%v, want %q/%v", tc.code, tc.text, i,
					doc.Tokens[i].Text, doc.Tokens[i].Kind, fresh[i].Text, fresh[i].Kind)
			}
		}
	}
}

// TestTruecaseOffsets checks the offset invariant on documents with
// headlines in capitals: every token and entity keeps the input's text at
// its offsets, and the headline's names are found in their capitals.
func TestTruecaseOffsets(t *testing.T) {
	tests := []struct {
		code, text string
		want       []string // entities "TYPE text" the document must hold
	}{
		{"en", "SOCCER - LEEDS BEAT CHELSEA IN LONDON\n\nLeeds won 2-1 at Stamford Bridge on Sunday.",
			[]string{"ORGANIZATION LEEDS", "ORGANIZATION CHELSEA", "LOCATION LONDON"}},
		{"en", "OIL PRICES FALL AS OPEC MEETS IN VIENNA", []string{"ORGANIZATION OPEC", "LOCATION VIENNA"}},
		{"tr", "KIRIKKALE'DE YAĞMUR VE DOLU ETKİLİ OLDU", []string{"LOCATION KIRIKKALE"}},
		{"tr", "İSTANBUL'DA MERKEZ BANKASI FAİZLERİ İNDİRDİ", []string{"LOCATION İSTANBUL", "ORGANIZATION MERKEZ BANKASI"}},
	}
	for _, tc := range tests {
		x, err := New(WithLanguage(tc.code))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range doc.Tokens {
			if tok.Text != tc.text[tok.Start:tok.End] {
				t.Errorf("%q: token %q at %d:%d, input has %q", tc.text, tok.Text, tok.Start, tok.End, tc.text[tok.Start:tok.End])
			}
		}
		have := map[string]bool{}
		for _, e := range doc.Entities {
			if e.Text != tc.text[e.Start:e.End] {
				t.Errorf("%q: entity %q at %d:%d, input has %q", tc.text, e.Text, e.Start, e.End, tc.text[e.Start:e.End])
			}
			have[string(e.Type)+" "+e.Text] = true
		}
		for _, w := range tc.want {
			if !have[w] {
				t.Errorf("%q: no %s among %v", tc.text, w, have)
			}
		}
	}
}

// TestTruecaseOddInput checks that odd text in capitals keeps every token
// and entity at its input's text: lone apostrophes and suffixes, letters
// whose lower case is longer or shorter (İ, ẞ), invalid UTF-8.
func TestTruecaseOddInput(t *testing.T) {
	for _, tc := range []struct{ code, text string }{
		{"en", "' ' 'S 'S ' ABC"},
		{"tr", "İİİ III 'DA 'NIN ’İN ABD'YE"},
		{"en", "STRAẞE ǅUNGLE İSTANBUL ΣΟΦΙΑ NEWS"},
		{"en", "BAD \xff\xfe BYTES IN \xc3 A HEADLINE"},
		{"tr", "A B C D E F G"},
		{"en", "U.S. - U.K. - E.U. TALKS"},
	} {
		x, err := New(WithLanguage(tc.code))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.Extract(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range doc.Tokens {
			if tok.Text != tc.text[tok.Start:tok.End] {
				t.Errorf("%q: token %q, input has %q", tc.text, tok.Text, tc.text[tok.Start:tok.End])
			}
		}
		for _, e := range doc.Entities {
			if e.Text != tc.text[e.Start:e.End] {
				t.Errorf("%q: entity %q, input has %q", tc.text, e.Text, tc.text[e.Start:e.End])
			}
		}
	}
}
