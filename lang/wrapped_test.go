package lang

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hardWrappedByTrim is HardWrapped as it was written first, with
// strings.TrimSpace and package unicode.
func hardWrappedByTrim(text string) bool {
	runOn, lower := 0, 0
	prevFilled := false
	for rest, more := text, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if prevFilled && line != "" {
			runOn++
			if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
				lower++
			}
		}
		prevFilled = line != ""
	}
	return runOn >= 3 && 5*lower >= 2*runOn
}

// TestHardWrappedByTrim compares HardWrapped with hardWrappedByTrim on
// lines that start with white space of every kind, lower and upper case
// letters of three scripts, invalid bytes, and on the news of testdata,
// whole and cut into documents.
func TestHardWrappedByTrim(t *testing.T) {
	starts := []string{"", " ", "\t", "\u00a0", "\u3000", "\u2028", "\v", "\r", "a", "A", "ş", "Ş", "я", "Я", "1", "«", "\xff", "\xd0", " \xd1\x8f"}
	for _, a := range starts {
		for _, b := range starts {
			for _, c := range starts {
				for _, d := range starts[:6] {
					text := a + "x\n" + b + "y\n" + c + "z\n" + d + "w"
					if got, want := HardWrapped(text), hardWrappedByTrim(text); got != want {
						t.Fatalf("HardWrapped(%q) = %v, want %v", text, got, want)
					}
				}
			}
		}
	}
	for _, f := range []string{"news_tr.txt", "news_en.txt", "news_ru.txt", "story_ru.txt"} {
		data, err := os.ReadFile("../testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, doc := range append(strings.Split(string(data), "\n\n"), string(data)) {
			if got, want := HardWrapped(doc), hardWrappedByTrim(doc); got != want {
				t.Errorf("%s: HardWrapped = %v, want %v on %.60q", f, got, want, doc)
			}
		}
	}
}
