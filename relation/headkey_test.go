package relation

import (
	"strings"
	"testing"
)

// TestHeadKeyLen checks headKeyLenOf on stems whose prefixes allow a
// longer key and on those that do not: a prefix shorter than
// headPrefixLen, one that is no prefix of its stem, no stems at all.
func TestHeadKeyLen(t *testing.T) {
	same := func(s string) string { return s }
	dropLast := func(s string) string { return s[:len(s)-1] }
	for _, c := range []struct {
		name   string
		stems  []string
		prefix func(string) string
		want   int
	}{
		{"none", nil, same, headPrefixLen},
		{"short stems left out", []string{"mp", "ab"}, same, headPrefixLen},
		{"the shortest prefix", []string{"minister", "secretary", "ambassador", "mp"}, same, len("minister")},
		{"cut prefixes", []string{"minister", "secretary"}, dropLast, len("ministe")},
		{"a prefix of headPrefixLen", []string{"abc", "minister"}, same, headPrefixLen},
		{"a prefix shorter than headPrefixLen", []string{"abcd", "minister"}, func(s string) string { return s[:2] }, headPrefixLen},
		{"no prefix of its stem", []string{"minister", "secretary"}, strings.ToUpper, headPrefixLen},
		{"Cyrillic", []string{"министр", "посол", "мэр"}, same, len("мэр")},
		{"invalid UTF-8", []string{"\xff\xfe\xfd\xfc", "\xffabcdef"}, same, 4},
	} {
		set := map[string]bool{}
		for _, s := range c.stems {
			set[s] = true
		}
		if got := headKeyLenOf([]map[string]bool{set, nil}, c.prefix); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestMayBeTitleWord compares mayBeTitleWord, by each language's key
// length, with what it was by headPrefixLen bytes: some title stem of
// at least headPrefixLen bytes has the word's first headPrefixLen bytes,
// and its StemPrefix starts the word. Words: the stems, inflected, cut
// and in capitals, their prefixes, short words, invalid UTF-8.
func TestMayBeTitleWord(t *testing.T) {
	for _, code := range []string{"tr", "en", "ru"} {
		p := patternsFor(code)
		var stems []string
		for _, set := range []map[string]bool{keysOf(p.TitleHeads), p.TitleExtensions} {
			for s := range set {
				if len(s) >= headPrefixLen {
					stems = append(stems, s)
				}
			}
		}
		words := []string{"", "a", "ab", "abc", "\xff", "\xff\xfe\xfd\xfc\xfb\xfa\xf9", "и", "мэ", "мэр", "мэра", "министра", "başbakanı", "ministers"}
		for _, s := range stems {
			for n := range len(s) + 1 {
				words = append(words, s[:n], s[:n]+"а", s[:n]+"ı")
			}
			words = append(words, s+"ами", s+"ları", strings.ToUpper(s), "\xff"+s)
		}
		for _, w := range words {
			want := false
			if len(w) >= headPrefixLen {
				for _, s := range stems {
					if s[:headPrefixLen] == w[:headPrefixLen] && strings.HasPrefix(w, p.StemPrefix(s)) {
						want = true
						break
					}
				}
			}
			if got := p.mayBeTitleWord(w); got != want {
				t.Errorf("%s: mayBeTitleWord(%q) = %v, want %v (key length %d)", code, w, got, want, p.headKeyLen)
			}
		}
	}
}
