package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/entity"
)

// typeASCII writes Turkish as a keyboard without its letters types it.
var typeASCII = strings.NewReplacer("ç", "c", "Ç", "C", "ğ", "g", "Ğ", "G", "ı", "i", "İ", "I",
	"ö", "o", "Ö", "O", "ş", "s", "Ş", "S", "ü", "u", "Ü", "U")

// TestTurkishTypedInASCII checks that news typed without ç ğ ı ö ş ü gets
// the entities, types and IDs of the same news written properly, at its
// own offsets, through Extract and through ExtractTokens; and that the
// Extractor's caches, shared by both kinds of text, mix nothing up.
func TestTurkishTypedInASCII(t *testing.T) {
	proper := "Dışişleri Bakanı Mevlüt Çavuşoğlu, Bağdat'ta Irak Başbakanı ile görüştü. " +
		"Görüşmede İstanbul'daki Türk-Irak İş Forumu'nun sonuçları ele alındı ve Çavuşoğlu, iki ülkenin ticaretinin büyüdüğünü söyledi."
	typed := typeASCII.Replace(proper)
	x := newExtractor(t, entity.WithLanguage("tr"))
	ctx := context.Background()
	type mention struct{ Text, Type, ID string }
	mentions := func(text string) []mention {
		doc, err := x.Extract(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, text, doc)
		var ms []mention
		for _, e := range doc.Entities {
			ms = append(ms, mention{typeASCII.Replace(e.Text), string(e.Type), e.ID})
		}
		return ms
	}
	want := mentions(proper)
	if len(want) < 5 {
		t.Fatalf("the proper text gave %d mentions: %v", len(want), want)
	}
	for i := 0; i < 2; i++ { // twice: the second run reads the caches the first filled
		if diff := cmp.Diff(want, mentions(typed)); diff != "" {
			t.Errorf("typed in ASCII, run %d (-proper +typed):\n%s", i+1, diff)
		}
		if diff := cmp.Diff(want, mentions(proper)); diff != "" {
			t.Errorf("proper after typed, run %d (-first +now):\n%s", i+1, diff)
		}
	}
	given := func(text string) []mention {
		words := strings.Fields(strings.NewReplacer(",", " ,", ".", " .").Replace(text))
		doc, err := x.ExtractTokens(ctx, "tr", [][]string{words})
		if err != nil {
			t.Fatal(err)
		}
		var ms []mention
		for _, e := range doc.Entities {
			ms = append(ms, mention{typeASCII.Replace(e.Text), string(e.Type), e.ID})
		}
		return ms
	}
	if diff := cmp.Diff(given(proper), given(typed)); diff != "" {
		t.Errorf("ExtractTokens (-proper +typed):\n%s", diff)
	}
}

// TestTurkishTypedInASCIILowerCase checks that news typed in ASCII and in
// lower case, as chats write it, gets the entities of the same news in
// lower case with its letters: truecasing reads the restored words.
func TestTurkishTypedInASCIILowerCase(t *testing.T) {
	proper := "cumhurbaşkanı erdoğan bugün istanbul'da dışişleri bakanı çavuşoğlu ile görüştü ve ankara'ya döndü."
	x := newExtractor(t, entity.WithLanguage("tr"))
	names := func(text string) []string {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, text, doc)
		var ns []string
		for _, e := range doc.Entities {
			ns = append(ns, typeASCII.Replace(e.Text)+" "+string(e.Type))
		}
		return ns
	}
	want := names(proper)
	if len(want) < 3 {
		t.Fatalf("the proper text gave %v", want)
	}
	if diff := cmp.Diff(want, names(typeASCII.Replace(proper))); diff != "" {
		t.Errorf("(-proper +typed):\n%s", diff)
	}
}

// TestLinkMentionsTypedInASCII checks that LinkMentions gives the IDs
// Extract gives to the mentions of a text typed in ASCII.
func TestLinkMentionsTypedInASCII(t *testing.T) {
	text := typeASCII.Replace("İşçi Partisi lideri, İsveç'teki seçimlerin ardından Dışişleri Bakanlığı ile görüştü.")
	x := newExtractor(t, entity.WithLanguage("tr"))
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Entities) < 2 {
		t.Fatalf("Extract found %d entities", len(doc.Entities))
	}
	spans := make([]entity.MentionSpan, len(doc.Entities))
	for i, e := range doc.Entities {
		spans[i] = entity.MentionSpan{Start: e.Start, End: e.End, Type: e.Type}
	}
	linked, err := x.LinkMentions(context.Background(), "tr", text, spans)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range doc.Entities {
		if linked[i].ID != e.ID {
			t.Errorf("%q: LinkMentions ID %q, Extract %q", e.Text, linked[i].ID, e.ID)
		}
	}
}
