package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// truecasedView tokenizes text in language code, truecases it as
// recognize does and returns the tokens' texts joined by spaces, with the
// document and what restoreCase needs.
func truecasedView(t *testing.T, r *Recognizer, code, text string) (string, *annotation.Document, []caseSwap) {
	t.Helper()
	l, ok := lang.Get(code)
	if !ok {
		t.Fatalf("no language %q", code)
	}
	doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
	doc.Sentences = l.Sentences(text, doc.Tokens)
	saved := r.truecaseCaps(doc, l, r.model(code), new(lowerBuffers))
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
	r := defaultRecognizer()
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
		{"tr", "KIRIKKALE'DE YAĞMUR VE DOLU ETKİLİ OLDU", "Kırıkkale 'de yağmur ve dolu etkili oldu"},    // dotless ı
		{"tr", "ISPARTA VALİSİ ABD BÜYÜKELÇİSİYLE GÖRÜŞTÜ", "Isparta Valisi ABD büyükelçisiyle görüştü"}, // a dictionary form before its stem's prior
		{"tr", "GAZETECİLER DÜN ZARARI HESAPLIYORDU", "Gazeteciler dün zararı hesaplıyordu"},             // a verb form the prior lacks, the dictionary's (lang.DictionaryForms)
		{"en", "Leeds beat Chelsea in London", "Leeds beat Chelsea in London"},                           // not in capitals
		{"en", "NATO CHIEF", "NATO CHIEF"}, // two words: too short to tell a headline
		{"en", "McDONALD'S SHARES FALL AFTER PROFIT WARNING", "McDONALD 's shares fall after profit warning"}, // one word in its own case
		{"en", "McDONALD'S SHARES fall AFTER PROFIT WARNING", "McDONALD 'S SHARES fall AFTER PROFIT WARNING"}, // two: not a headline
		{"en", "SHARES OF McDONALD'S", "SHARES OF McDONALD 'S"},                                               // too short with one
		// The Russian model's prior is too thin to truecase with
		// (minPriorWords): the language's own (lang.CasePrior) is read.
		{"ru", "ПУТИН ВСТРЕТИЛСЯ С МАКРОНОМ В МОСКВЕ", "Путин встретился с Макроном в Москве"},
		// Forms the counted text lacks: the dictionary's (lang.DictionaryForms) in lower case, a name's in Title case.
		{"ru", "ЖИТЕЛЕЙ ТВЕРИ БЕСПОКОЯТ ВАЛЛИЙСКИЕ ШУТКИ ТРАМПА", "Жителей Твери беспокоят валлийские шутки Трампа"},
	}
	for _, tc := range tests {
		got, doc, saved := truecasedView(t, r, tc.code, tc.text)
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
