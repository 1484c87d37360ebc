package tr

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestSplitGluedSuffixes checks which words written without the
// apostrophe of their suffix are split, and that offsets stay exact.
func TestSplitGluedSuffixes(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the split words, name|suffix, space-separated
	}{
		{"Erdoğan dün Ankarada konuştu.", "Ankara|da"},
		{"Geçen yıl Türkiyenin ihracatı arttı.", "Türkiye|nin"},
		{"Türkiyenin ihracatı arttı.", "Türkiye|nin"},                       // opens the sentence, no form of a lower-case word
		{"Mısırın fiyatı arttı.", ""},                                       // opens the sentence, nothing else glued: the corn's
		{"Erdoğanın sözleri Ankarada yankı buldu.", "Erdoğan|ın Ankara|da"}, // an opening word, in a document that glues elsewhere
		{"Vana arızalandı ve ekip tamir etti.", ""},                         // the valve, not Van
		{"Heyet Ankara'da toplandı, bakan Berlinde konuştu.", ""},           // a writer of apostrophes
		{"Bu yıl Mehmetler ve Ahmetler çoğaldı.", ""},                       // the plural: names counted
		{"Heyet dün Uygurlarla görüştü.", ""},                               // a people
		{"Merkel Berlinden ayrıldı.", "Berlin|den"},
		{"Heyet Ankaradaki toplantıya katıldı.", "Ankara|daki"},
		{"Bakan ABDnin kararını eleştirdi.", "ABD|nin"},
		{"Heyet NATOya katıldı.", "NATO|ya"},
		{"Erdogan dun Ankarada konustu ve Istanbula gitti.", "Ankara|da Istanbul|a"}, // typed in ASCII
		{"Erdoğan dün Ankara'da konuştu.", ""},                                       // the apostrophe is written
		{"Toplantı Kasımda yapılacak.", ""},                                          // a month: an ordinary word
		{"Ankaralı çiftçiler Almanca konuştu.", ""},                                  // derivations
		{"Meclis Senatoda görüşülen yasayı onayladı.", ""},                           // an institution, written glued
		{"Umutla bekliyoruz.", ""},                                                   // an ordinary word
		{"ankarada konuştu.", ""},                                                    // not capitalized
		{"Maxine geldi.", ""},                                                        // a name itself
	} {
		toks := Tokenize(c.text)
		got, err := Turkish{}.SplitGluedSuffixes(context.Background(), c.text, toks, Sentences(c.text, toks))
		if err != nil {
			t.Fatal(err)
		}
		var split []string
		for i, tok := range got {
			if c.text[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q at %d:%d breaks the offset invariant", c.text, tok.Text, tok.Start, tok.End)
			}
			if tok.Kind == lang.Suffix && i > 0 && got[i-1].End == tok.Start && !strings.ContainsAny(tok.Text, "'’") {
				split = append(split, got[i-1].Text+"|"+tok.Text)
				if !strings.HasPrefix(tok.Norm, "'") || got[i-1].Kind != lang.Word {
					t.Errorf("%q: suffix %q has Norm %q after a %v", c.text, tok.Text, tok.Norm, got[i-1].Kind)
				}
			}
		}
		if g := strings.Join(split, " "); g != c.want {
			t.Errorf("%q: split %q, want %q", c.text, g, c.want)
		}
		if c.want == "" && (len(got) != len(toks) || len(got) > 0 && &got[0] != &toks[0]) {
			t.Errorf("%q: a new slice of %d tokens, want toks itself (%d)", c.text, len(got), len(toks))
		}
	}
}

// TestSplitGluedSuffixesASCIINorms checks that a name typed in ASCII
// takes its Turkish Norm and its suffix the vowels harmony gives, after
// RestoreNorms as the Extractor runs them.
func TestSplitGluedSuffixesASCIINorms(t *testing.T) {
	text := "Heyet dun Istanbulun ve Erdoganin sozlerini konustu."
	toks := Tokenize(text)
	if err := (Turkish{}).RestoreNorms(context.Background(), text, toks); err != nil {
		t.Fatal(err)
	}
	got, err := Turkish{}.SplitGluedSuffixes(context.Background(), text, toks, Sentences(text, toks))
	if err != nil {
		t.Fatal(err)
	}
	var norms []string
	for _, tok := range got {
		norms = append(norms, tok.Norm)
	}
	if j := strings.Join(norms, " "); !strings.Contains(j, "istanbul 'un") || !strings.Contains(j, "erdoğan 'ın") {
		t.Errorf("norms %q, want istanbul 'un and erdoğan 'ın", j)
	}
}

// TestSplitGluedSuffixesCancelled checks that a done context stops the
// split of a long text without apostrophes.
func TestSplitGluedSuffixesCancelled(t *testing.T) {
	text := strings.Repeat("Heyet dün Ankarada toplandı ve Berlinden döndü. ", 20000)
	toks := Tokenize(text)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got, err := (Turkish{}).SplitGluedSuffixes(ctx, text, toks, Sentences(text, toks)); err != context.Canceled || got != nil {
		t.Errorf("got %d tokens, err %v; want none and context.Canceled", len(got), err)
	}
}

// TestAppendHarmonized checks the vowels a suffix typed in ASCII takes.
func TestAppendHarmonized(t *testing.T) {
	for _, c := range []struct{ word, suffix, want string }{
		{"erdoğan", "in", "ın"}, {"köln", "u", "ü"}, {"berlin", "in", "in"}, {"moskova", "dan", "dan"},
		{"istanbul", "daki", "daki"}, {"paris", "in", "in"}, {"bonn", "u", "u"}, {"bakü", "nun", "nün"},
		{"tokyo", "nun", "nun"}, {"münih", "ten", "ten"}, {"oslo", "ya", "ya"}, {"kabil", "i", "i"},
	} {
		if got := string(appendHarmonized(nil, c.word, c.suffix)); got != c.want {
			t.Errorf("%s + %s = %s, want %s", c.word, c.suffix, got, c.want)
		}
	}
}
