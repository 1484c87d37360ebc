package ru

import (
	"slices"
	"strings"
	"testing"
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

// TestCapitalizedList checks that the list is sorted by form, as its search
// needs, and that every line is a folded form, a tab and a bucket's digit.
func TestCapitalizedList(t *testing.T) {
	lines := capitalized.Words()
	if len(lines) < 40000 || !slices.IsSorted(lines) {
		t.Fatalf("capitalized.txt: %d lines, sorted %v", len(lines), slices.IsSorted(lines))
	}
	for _, line := range lines {
		form, bucket, ok := strings.Cut(line, "\t")
		if !ok || form == "" || fold(form) != form || len(bucket) != 1 || bucket[0] < '1' || bucket[0] > '6' {
			t.Fatalf("capitalized.txt: bad line %q", line)
		}
	}
}
