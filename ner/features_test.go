package ner

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestHashStable(t *testing.T) {
	// FNV-1a 64 test vectors: a model's feature keys must not change
	// between builds or processes.
	for s, want := range map[string]uint64{"": 0xcbf29ce484222325, "a": 0xaf63dc4c8601ec8c, "foobar": 0x85944171f73967e8} {
		if got := hashString(s); got != want {
			t.Errorf("hashString(%q) = %#x, want %#x", s, got, want)
		}
	}
}

func TestShapeClasses(t *testing.T) {
	tests := []struct {
		text string
		kind lang.Kind
		want uint8
	}{
		{"Ankara", lang.Word, clsInitCap},
		{"İSTANBUL", lang.Word, clsAllCaps},
		{"A", lang.Word, clsOneCap},
		{"ankara", lang.Word, clsLower},
		{"1990", lang.Number, clsDigit},
		{"F16", lang.Word, clsAlnum},
		{",", lang.Punct, clsPunct},
		{"'nın", lang.Suffix, clsSuffix},
		{"Prof.", lang.Abbreviation, clsInitCapDot},
	}
	for _, tt := range tests {
		if _, got := shapeOf(tt.text, tt.kind); got != tt.want {
			t.Errorf("shapeOf(%q) class %d, want %d", tt.text, got, tt.want)
		}
	}
	a, _ := shapeOf("Ankara", lang.Word)
	b, _ := shapeOf("Şişli", lang.Word)
	if a != b {
		t.Error("Ankara and Şişli should share the fine shape Xx")
	}
}

func TestAffixesRuneSafe(t *testing.T) {
	var a tokenAttrs
	if h := affixes("şçğü", &a); h != hashString("şçğü") {
		t.Errorf("affixes(şçğü) returned %#x, want the word's hash", h)
	}
	if a.pre[0] != hashString("şç") || a.pre[1] != hashString("şçğ") || a.pre[2] != 0 {
		t.Error("prefixes of şçğü wrong")
	}
	if a.suf[0] != hashString("ü") || a.suf[1] != hashString("ğü") || a.suf[2] != hashString("çğü") || a.suf[3] != 0 {
		t.Error("suffixes of şçğü wrong")
	}
}

// TestAffixesIncremental checks affixes's prefixes and word hash, which
// go on from one another, against each prefix hashed alone: ASCII, two-
// and three-byte runes, invalid UTF-8, and words of none to six runes.
func TestAffixesIncremental(t *testing.T) {
	for _, w := range []string{"", "a", "ab", "abc", "abcd", "abcde", "istanbul", "şç", "çğü", "россия",
		"日本語です", "\xffab\xfe", "a\xc3", "\xe6\x97", "€uro"} {
		var a tokenAttrs
		if h := affixes(w, &a); h != hashString(w) {
			t.Errorf("affixes(%q) returned %#x, want %#x", w, h, hashString(w))
		}
		var want [3]uint64
		i := 0
		for runes := 1; i < len(w) && runes <= 4; runes++ {
			_, size := lang.DecodeRune(w[i:])
			i += size
			if runes >= 2 && runes-2 < 3 && i < len(w) {
				want[runes-2] = hashString(w[:i])
			}
		}
		if a.pre != want {
			t.Errorf("affixes(%q): prefixes %#x, want %#x", w, a.pre, want)
		}
	}
}

func TestClauseVerbAttrs(t *testing.T) {
	// Kutan , bunu doğal sayıyor . — the verb is the last lower-case word.
	toks := tokens("Kutan", ",", "bunu", "doğal", "sayıyor", ".")
	attrs := make([]tokenAttrs, len(toks))
	fs := featureSet{verb: true}
	fs.fillAttrs(toks, nil, nil, attrs)
	verb := hashString("sayıyor")
	for i, want := range []uint64{verb, 0, 0, 0, 0, 0} {
		if attrs[i].verb != want {
			t.Errorf("token %d (%s): verb %#x, want %#x", i, toks[i].Text, attrs[i].verb, want)
		}
	}
	// A name within two tokens of the verb has it in its window already.
	near := tokens("dün", "Kutan", "konuştu")
	attrs = make([]tokenAttrs, len(near))
	fs.fillAttrs(near, nil, nil, attrs)
	if attrs[1].verb != 0 {
		t.Error("a name next to the verb got it as its clause verb")
	}
	// Without the option, nothing.
	attrs = make([]tokenAttrs, len(toks))
	var plain featureSet
	plain.fillAttrs(toks, nil, nil, attrs)
	if attrs[0].verb != 0 {
		t.Error("clause verb set without the option")
	}
}

func TestLowerSentenceAttrs(t *testing.T) {
	fs := featureSet{lower: true}
	for _, tt := range []struct {
		words []string
		want  bool
	}{
		{[]string{"where", "can", "I", "get", "morcillas", "in", "tampa", "bay", "?"}, true},
		{[]string{"how", "are", "vietnam", "and", "Afghanistan", "alike", "?"}, false}, // a name truecased
		{[]string{"Where", "can", "I", "get", "morcillas", "?"}, false},                // opened by a capital
		{[]string{"the", "New", "York", "Times", "said"}, false},                       // three capitals in five words
		{[]string{"thanks", "!"}, false},                                               // too short to tell
	} {
		toks := tokens(tt.words...)
		attrs := make([]tokenAttrs, len(toks))
		fs.fillAttrs(toks, nil, nil, attrs)
		for i := range attrs {
			if attrs[i].lowerSentence != tt.want {
				t.Errorf("%v, token %d: lowerSentence %v, want %v", tt.words, i, attrs[i].lowerSentence, tt.want)
			}
		}
		// A model without the option never marks a sentence.
		var plain featureSet
		plain.fillAttrs(toks, nil, nil, attrs)
		if attrs[0].lowerSentence {
			t.Errorf("%v: lowerSentence set without the option", tt.words)
		}
	}
	// The mark moves the word's class-in-context feature, not its own word
	// features (whose sums the word cache keeps for every sentence).
	toks := tokens("where", "is", "tampa", "bay")
	marked, plain := make([]tokenAttrs, 4), make([]tokenAttrs, 4)
	fs.fillAttrs(toks, nil, nil, marked)
	(&featureSet{}).fillAttrs(toks, nil, nil, plain)
	if a, b := appendFeatures(marked, 2, nil, wordPart), appendFeatures(plain, 2, nil, wordPart); !slices.Equal(a, b) {
		t.Error("the lower-case mark changed a word-part feature")
	}
	if a, b := appendFeatures(marked, 2, nil, ownContextPart), appendFeatures(plain, 2, nil, ownContextPart); slices.Equal(a, b) {
		t.Error("the lower-case mark left the own-context features as they were")
	}
}
