package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestTurkishC checks that the c of a word spelt with a letter of Turkish
// orthography keys as the дж Russian writes for it, and that a c keys as
// before in a word without one, in a foreign name's ch or ck, and where
// the only such letter is a ı Turkish folds a capital I to.
func TestTurkishC(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	for _, tc := range []struct {
		name      string
		tr, en, r string
	}{
		{"Bağcılar", "Bağcılar", "Bagcılar", "Багджылар"},
		{"Düzce", "Düzce", "Düzce", "Дюздже"},
		{"Gürcan", "Gürcan", "Gürcan", "Гюрджан"},
		{"Kızılcahamam", "Kızılcahamam", "Kızılcahamam", "Кызылджахамам"},
		{"Büyükçekmece", "Büyükçekmece", "Büyükçekmece", "Бююкчекмедже"},
	} {
		got := []string{key(tr.Turkish{}, tc.tr), key(en.English{}, tc.en), key(ru.Russian{}, tc.r)}
		want := []string{got[2], got[2], got[2]}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: keys differ (-want +got):\n%s", tc.name, diff)
		}
	}
	for _, tc := range []struct {
		l          lang.Language
		name, want string
	}{
		{en.English{}, "Cengiz", "snjs"},  // no Turkish letter: a c as before
		{tr.Turkish{}, "McIlroy", "mklr"}, // Turkish folds its I to ı
		{tr.Turkish{}, "Inacio", "ans"},
		{tr.Turkish{}, "Kumacık", "kmjk"}, // a mac inside a word is no Mac
		{en.English{}, "Camagüey", "kmj"}, // Spanish's güe
		{en.English{}, "Schröder", "srdr"},
	} {
		if got := key(tc.l, tc.name); got != tc.want {
			t.Errorf("%s: key %q, want %q", tc.name, got, tc.want)
		}
	}
	// A person's name with a Turkish letter in one word keys every word's
	// c so; an organization's does not.
	for _, tc := range []struct{ tr, en, ru string }{
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган"},
		{"Sadır Caparov", "Sadır Caparov", "Садыр Джапаров"},
		{"Cemal Öztürk", "Cemal Öztürk", "Джемал Озтюрк"},
	} {
		checkOneNameID(t, tc.tr, tc.en, tc.ru, true)
	}
	if got, want := foldedNameID(tr.Turkish{}, "Coca-Cola İçecek", false), foldedNameID(tr.Turkish{}, "Coca-Cola", false); !strings.Contains(got, strings.TrimPrefix(want, "name:")) {
		t.Errorf("Coca-Cola İçecek: ID %q, want Coca-Cola's words keyed as in %q", got, want)
	}
	if got := foldedNameID(en.English{}, "Recep Tayyip Erdogan", true); got == foldedNameID(ru.Russian{}, "Реджеп Тайип Эрдоган", true) {
		t.Errorf("Recep Tayyip Erdogan, no Turkish letter: ID %q keyed as Turkish", got)
	}
}

// TestCapitalsKeyAsWritten checks names written in capitals in Turkish
// text, whose capital I Turkish folds to ı: one whose document also
// writes it in small letters with an i joins that mention (LUCA MODRIC,
// Luca Modric); one alone keys as folded, as the Turkish name in small
// letters does in any document (CEM YILMAZ, Cem Yılmaz).
func TestCapitalsKeyAsWritten(t *testing.T) {
	l := tr.Turkish{}
	x := New(gazetteer.Default())
	linked := func(text string, names ...string) []annotation.Entity {
		return linkedNames(t, x, l, text, annotation.Person, names...)
	}
	if ents := linked("LUCA MODRIC İMZAYI ATTI. Luca Modric mutlu.", "LUCA MODRIC", "Luca Modric"); len(ents) != 2 || ents[0].ID != ents[1].ID {
		t.Errorf("LUCA MODRIC and Luca Modric: %v, want one ID", ents)
	}
	caps, lower := linked("CEM YILMAZ SAHNEDE.", "CEM YILMAZ"), linked("Cem Yılmaz sahnede.", "Cem Yılmaz")
	if len(caps) != 1 || len(lower) != 1 || caps[0].ID != lower[0].ID {
		t.Errorf("CEM YILMAZ %v and Cem Yılmaz %v: want one ID", caps, lower)
	}
}
