package ru

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestCapitalizedShare(t *testing.T) {
	tests := []struct {
		norm      string
		nameLike  bool // capitalized in most of its occurrences
		wantKnown bool
	}{
		{"москва", true, true},
		{"москве", true, true}, // forms are counted one by one
		{"путина", true, true},
		{"президент", false, true},
		{"день", false, true},
		{"Москва", false, false}, // folded forms only
		{"", false, false},
		{"щщщщ", false, false},
	}
	for _, tt := range tests {
		share, known := Russian{}.CapitalizedShare(tt.norm)
		if known != tt.wantKnown || known && (share >= 0.5) != tt.nameLike {
			t.Errorf("CapitalizedShare(%q) = %v, %v; want known %v, name-like %v", tt.norm, share, known, tt.wantKnown, tt.nameLike)
		}
	}
}

// TestCapitalizedList checks that every line is a folded form, a tab and
// a bucket's digit, each form once and found by look-up.
func TestCapitalizedList(t *testing.T) {
	lines := lang.NewSortedWords(capitalizedText).Words()
	if len(lines) < 40000 || !slices.IsSorted(lines) {
		t.Fatalf("capitalized.txt: %d lines, sorted %v", len(lines), slices.IsSorted(lines))
	}
	prev := ""
	for _, line := range lines {
		form, bucket, ok := strings.Cut(line, "\t")
		if !ok || form == "" || form == prev || fold(form) != form || len(bucket) != 1 || bucket[0] < '1' || bucket[0] > '6' {
			t.Fatalf("capitalized.txt: bad line %q", line)
		}
		if v, ok := capitalized.Value(form); !ok || v != bucket {
			t.Fatalf("Value(%q) = %q, %v; want %q", form, v, ok, bucket)
		}
		prev = form
	}
}

// TestCapitalizedIndex checks that data/capitalized.idx is the index of
// data/capitalized.txt (go generate ./lang/ru rewrites it).
func TestCapitalizedIndex(t *testing.T) {
	want := lang.EncodeSlots(lang.LineSlots(capitalizedText, lang.KeyHash))
	if *update {
		if err := os.WriteFile("data/capitalized.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if capitalizedIndex != string(want) {
		t.Fatal("data/capitalized.idx is not the index of data/capitalized.txt: run go generate ./lang/ru")
	}
}

func TestDictionaryForm(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"беспокоят", true}, // a verb's form
		{"валлийском", true},
		{"устраивающее", true}, // a participle's
		{"опроса", true},
		{"москва", false}, // the dictionary writes it with a capital
		{"путина", false}, // a common word's form, and a name's
		{"мира", false},   // a given name (Мира), and a form of мир, "peace"
		{"трампа", false}, // no word of the dictionary
		{"", false},
	}
	for _, tt := range tests {
		if got := (Russian{}).DictionaryForm(tt.norm); got != tt.want {
			t.Errorf("DictionaryForm(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}
