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
	affixes("şçğü", &a)
	if a.pre[0] != hashString("şç") || a.pre[1] != hashString("şçğ") || a.pre[2] != 0 {
		t.Error("prefixes of şçğü wrong")
	}
	if a.suf[0] != hashString("ü") || a.suf[1] != hashString("ğü") || a.suf[2] != hashString("çğü") || a.suf[3] != 0 {
		t.Error("suffixes of şçğü wrong")
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

func TestEndingAttrs(t *testing.T) {
	toks := tokens("dün", "Bursa", "Valiliği", "'nin", "valiliği", "ve", "Li")
	attrs := make([]tokenAttrs, len(toks))
	fs := featureSet{tails: true, sufCase: true}
	fs.fillAttrs(toks, nil, nil, attrs)
	iği := hashString("iği")
	if attrs[2].tail != iği || attrs[4].tail != iği {
		t.Errorf("tails of Valiliği, valiliği %#x, %#x, want %#x", attrs[2].tail, attrs[4].tail, iği)
	}
	if attrs[6].tail != hashString("li") {
		t.Error("the tail of a word shorter than three letters is not the word")
	}
	// Bursa learns the ending of its run's head: a place's governorship.
	if attrs[1].runTail != iği || attrs[2].runTail != iği || attrs[0].runTail != 0 {
		t.Errorf("run tails %#x %#x %#x, want 0 %#x %#x", attrs[0].runTail, attrs[1].runTail, attrs[2].runTail, iği, iği)
	}
	// The ending with the class tells the capitalized form from the other.
	if attrs[2].sufCls[0] == 0 || attrs[2].sufCls == attrs[4].sufCls {
		t.Errorf("endings with class of Valiliği %v and valiliği %v", attrs[2].sufCls, attrs[4].sufCls)
	}
	if attrs[6].sufCls != [2]uint64{} {
		t.Error("a two-letter word has an ending of three letters")
	}
	feats := tokenFeatures(attrs, 1, nil)
	for _, want := range []uint64{
		feat2(tNextTail, iği, uint64(clsInitCap)|uint64(clsInitCap)<<16),
		feat2(tHeadTail, iği, attrs[1].run),
	} {
		if !slices.Contains(feats, want) {
			t.Errorf("Bursa lacks feature %#x", want)
		}
	}
	// Without the options, nothing.
	var plain featureSet
	plain.fillAttrs(toks, nil, nil, attrs)
	for i, a := range attrs {
		if a.tail != 0 || a.runTail != 0 || a.sufCls != [2]uint64{} {
			t.Errorf("token %d (%s): ending attributes set without the options", i, toks[i].Text)
		}
	}
}

func TestWideShapeAndHeadClusters(t *testing.T) {
	toks := tokens("dün", "Merkez", "Bankası", "açıkladı", ".")
	attrs := make([]tokenAttrs, len(toks))
	fs := featureSet{headClu: true, wideShape: true}
	// One cluster for bankası alone, in the layout clusterMap gives
	// (fine ID in the low 16 bits, coarse above).
	fs.clu = freeze(map[uint64]uint32{hashString("bankası"): 7 | 2<<16})
	fs.fillAttrs(toks, nil, nil, attrs)
	if attrs[1].runHeadClu != 7|2<<16 || attrs[2].runHeadClu != 7|2<<16 || attrs[0].runHeadClu != 0 {
		t.Errorf("run head clusters %#x %#x %#x", attrs[0].runHeadClu, attrs[1].runHeadClu, attrs[2].runHeadClu)
	}
	// Merkez: two before it the sentence's start, two after it a lower-case word.
	if want := uint64(clsBoundary) | uint64(clsLower)<<8 | 1<<16; attrs[1].wide != want {
		t.Errorf("wide shape of Merkez %#x, want %#x", attrs[1].wide, want)
	}
	if !slices.Contains(tokenFeatures(attrs, 1, nil), feat(tHeadClu, 7|attrs[1].run<<16)) {
		t.Error("Merkez lacks its run head's cluster feature")
	}
	var plain featureSet
	plain.clu = fs.clu
	plain.fillAttrs(toks, nil, nil, attrs)
	for i, a := range attrs {
		if a.wide != 0 || a.runHeadClu != 0 {
			t.Errorf("token %d (%s): wide shape or head cluster set without the options", i, toks[i].Text)
		}
	}
}
