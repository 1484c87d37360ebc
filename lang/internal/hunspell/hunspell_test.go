package hunspell

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExpand checks the forms of entries under rules with conditions of
// runes, dots and sets, single-rune and numeric flags.
func TestExpand(t *testing.T) {
	tests := []struct {
		name, aff, entry string
		want             []string
	}{
		{"runes", "SFX L Y 3\nSFX L ть л [^сз]ть\nSFX L ть ла [^с]ть\nSFX L ться лся [^сз]ться\n",
			"читать/L", []string{"читать", "читал", "читала"}},
		{"sets", "SFX Z Y 2\nSFX Z ый о [лнртв]ый\nSFX Z ый ее .ый\n",
			"новый/Z", []string{"новый", "ново", "новее"}},
		{"no match", "SFX Z Y 1\nSFX Z ый о [лнртв]ый\n", "синий/Z", []string{"синий"}},
		{"numeric", "FLAG num\nSFX 12 Y 2\nSFX 12 0 da .\nSFX 12 0 dan .\nSFX 7 Y 1\nSFX 7 0 lar .\n",
			"masa/7,12", []string{"masa", "masalar", "masada", "masadan"}},
		{"no flags", "SFX A Y 1\nSFX A 0 s .\n", "ad", []string{"ad"}},
		{"commented header", "SET UTF-8\nSFX A Y 1 # plural\nSFX A 0 s .\n", "ad/A", []string{"ad", "ads"}},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "x.aff")
		if err := os.WriteFile(path, []byte(tt.aff), 0o644); err != nil {
			t.Fatal(err)
		}
		a, err := ReadAffix(path)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		a.Expand(tt.entry, func(f string) { got = append(got, f) })
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: Expand(%q) = %q, want %q", tt.name, tt.entry, got, want)
		}
	}
}

// TestReadAffixRefuses checks that what the package does not read is
// refused, not misread.
func TestReadAffixRefuses(t *testing.T) {
	for _, aff := range []string{"SET KOI8-R\n", "PFX A Y 1\nPFX A 0 re .\n", "SFX A Y 1\nSFX A 0 s/B .\n", "FLAG long\n", "SFX A Y 1\nSFX A 0 s [ab\n"} {
		path := filepath.Join(t.TempDir(), "x.aff")
		if err := os.WriteFile(path, []byte(aff), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadAffix(path); err == nil {
			t.Errorf("ReadAffix(%q): no error", aff)
		}
	}
}

// TestLowerCaseForms checks that a form a capitalized entry makes too is
// left out, and that keep and fold are applied.
func TestLowerCaseForms(t *testing.T) {
	dir := t.TempDir()
	aff, dic := filepath.Join(dir, "x.aff"), filepath.Join(dir, "x.dic")
	if err := os.WriteFile(aff, []byte("SFX A Y 1\nSFX A 0 а .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dic, []byte("4\nмир/A\nМира\nёж/A\nx1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := ReadAffix(aff)
	if err != nil {
		t.Fatal(err)
	}
	keep := func(f string) bool { return f != "x1" }
	fold := func(f string) string { return strings.ReplaceAll(strings.ToLower(f), "ё", "е") }
	got, err := a.LowerCaseForms(dic, keep, strings.ToLower, fold)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"еж", "ежа", "мир"}; !slices.Equal(got, want) {
		t.Errorf("LowerCaseForms = %q, want %q", got, want)
	}
}
