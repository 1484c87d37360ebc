package ru

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestTitleWords(t *testing.T) {
	var tw titleWords
	modifiers := []struct {
		word, form string
		ok         bool
	}{
		{"генеральным", "генеральный", true},
		{"главный", "главный", true},
		{"официального", "официальный", true},
		{"действующий", "действующий", true},
		{"российский", "", false}, // a nationality stays out of the role
		{"заявил", "", false},
	}
	for _, tt := range modifiers {
		if form, ok := tw.Modifier(tt.word); form != tt.form || ok != tt.ok {
			t.Errorf("Modifier(%q) = %q, %v; want %q, %v", tt.word, form, ok, tt.form, tt.ok)
		}
	}
	complements := []struct {
		after string // the words after the head
		forms string // their role forms
		n     int    // words taken
	}{
		{"иностранных дел", "иностранных дел", 2},
		{"обороны", "обороны", 1},
		{"римским", "римский", 1},
		{"заявила , что", "", 0}, // a verb in the past ends like a genitive
		{"партии «", "", 1},      // the class noun of a quoted name is taken, not in the role
		{"в интервью", "", 0},
		{"команды", "", 1},              // the body's noun is the title's, not the role's
		{"шотландского клуба ,", "", 2}, // with its adjective
	}
	for _, tt := range complements {
		forms, n := tw.Complements(strings.Fields(tt.after))
		if strings.Join(forms, " ") != tt.forms || n != tt.n {
			t.Errorf("Complements(%q) = %q, %d; want %q, %d", tt.after, forms, n, tt.forms, tt.n)
		}
	}
}

// после is the preposition, not the ambassador's prepositional case.
func TestHeadFormAfter(t *testing.T) {
	if headForm(lang.Analysis{Stem: "посл", Case: "Loc"}) {
		t.Error("headForm accepts после as посол")
	}
	if !headForm(lang.Analysis{Stem: "посл", Case: "Ins"}) {
		t.Error("headForm refuses послом")
	}
}

func TestStemPrefix(t *testing.T) {
	tests := []struct{ stem, prefix string }{
		{"министр", "министр"}, // министра, министром
		{"глава", "глав"},      // главы, главой
		{"председатель", "председател"},
		{"командующий", "командующ"}, // командующего
	}
	for _, tt := range tests {
		if got := stemPrefix(tt.stem); got != tt.prefix {
			t.Errorf("stemPrefix(%q) = %q, want %q", tt.stem, got, tt.prefix)
		}
	}
}

func TestPastForms(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"заявил", []string{"заявил", "заявила", "заявило", "заявили"}},
		{"встретился", []string{"встретился", "встретилась", "встретилось", "встретились"}},
	}
	for _, tt := range tests {
		if got := pastForms(tt.verb); !slices.Equal(got, tt.want) {
			t.Errorf("pastForms(%q) = %q, want %q", tt.verb, got, tt.want)
		}
	}
}

func TestAdjectiveStem(t *testing.T) {
	tests := []struct{ word, stem string }{
		{"генерального", "генеральн"},
		{"главным", "главн"},
		{"первая", "перв"},
		{"римскими", "римск"},
		{"новое", "нов"},
		{"свое", ""},  // the stem would be shorter than three letters
		{"моего", ""}, // nor here
		{"министр", ""},
		{"ого", ""},
		{"ий", ""},
	}
	for _, tt := range tests {
		stem, ok := adjectiveStem(tt.word)
		if stem != tt.stem || ok != (tt.stem != "") {
			t.Errorf("adjectiveStem(%q) = %q, %v; want %q", tt.word, stem, ok, tt.stem)
		}
	}
}

// TestFeminineHeads checks the feminines the title heads are known in.
func TestFeminineHeads(t *testing.T) {
	heads := titleHeads()
	for _, h := range []string{"журналистка", "руководительница", "советница", "помощница", "писательница", "теннисистка"} {
		if head, ok := heads[h]; !ok || head.Lemma != h {
			t.Errorf("title heads lack %q", h)
		}
	}
	if f := feminineOf("министр"); f != "" {
		t.Errorf("feminineOf(министр) = %q, want none", f)
	}
}

// TestMoreRunes checks moreRunes against lang.RuneCount on words of each
// script, invalid UTF-8 and cut runes, for each bound up to a word's
// length.
func TestMoreRunes(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "абв", "генеральн", "Ω≈ç", "日本語", "\xff", "\xd0", "аб\xd0", "\xe6\x97", "a\xe6\x97b", "ё\xf0\x9f\x98\x80x"} {
		for n := range len(s) + 2 {
			if got, want := moreRunes(s, n), lang.RuneCount(s) > n; got != want {
				t.Errorf("moreRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
