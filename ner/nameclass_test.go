package ner

import (
	"bytes"
	"testing"
)

// invented words of each class, with shapes the classes do not share.
var nameClassTestWords = [numNameClasses][]string{
	NamePerson: {"zerlinda", "merlinda", "berlinda", "korlinda", "serlinda", "tarlinda", "varlinda"},
	NamePlace:  {"ostburgovo", "westburgovo", "nordburgovo", "sudburgovo", "altburgovo", "neuburgovo"},
	NameOrg:    {"brightwickcorp", "stonewickcorp", "greenwickcorp", "bluewickcorp", "redwickcorp"},
	NameCommon: {"kalemlik", "defterlik", "silgilik", "cetvellik", "kitaplik", "masalik"},
}

func TestNameClassifierLearnsShapesDeterministically(t *testing.T) {
	cfg := NameClassifierConfig{Words: nameClassTestWords, MinWords: 2}
	c := TrainNameClassifier(cfg)
	var reversed [numNameClasses][]string // the lists' order must not matter
	for c, words := range nameClassTestWords {
		for i := len(words) - 1; i >= 0; i-- {
			reversed[c] = append(reversed[c], words[i])
		}
	}
	cfg.Words = reversed
	again := TrainNameClassifier(cfg)
	if len(c.grams) != len(again.grams) {
		t.Fatalf("%d n-grams, then %d with the lists reversed", len(c.grams), len(again.grams))
	}
	for k, v := range c.grams {
		if again.grams[k] != v {
			t.Fatalf("n-gram %x: weights %#x, then %#x with the lists reversed", k, v, again.grams[k])
		}
	}
	table := freeze(c.grams)
	for want, w := range map[NameClass]string{NamePerson: "qirlinda", NamePlace: "mittburgovo", NameOrg: "yellowwickcorp", NameCommon: "kaseklik"} {
		v := nameVerdict(&table, w)
		if v == 0 || NameClass(v&3) != want {
			t.Errorf("%s: verdict %#x (best class %d), want class %d", w, v, v&3, want)
		}
	}
	for _, w := range []string{"", "a", "x1", "a b"} {
		if v := nameVerdict(&table, w); v != 0 {
			t.Errorf("%q: verdict %#x, want none", w, v)
		}
	}
}

func TestModelWithNameClassifierRoundTrips(t *testing.T) {
	tiny, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	m := &Model{lang: tiny.lang, fs: tiny.fs, table: tiny.table, scale: tiny.scale, temp: tiny.temp, trans: tiny.trans} // tinyModel is shared
	m.fs.ncls = freeze(TrainNameClassifier(NameClassifierConfig{Words: nameClassTestWords, MinWords: 2}).grams)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	var got *Model
	got, err = LoadModel(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.fs.ncls.len() != m.fs.ncls.len() || got.fs.ncls.len() == 0 {
		t.Fatalf("%d n-grams read back, %d written", got.fs.ncls.len(), m.fs.ncls.len())
	}
	if a, b := nameVerdict(&m.fs.ncls, "qirlinda"), nameVerdict(&got.fs.ncls, "qirlinda"); a != b {
		t.Errorf("verdict %#x before writing, %#x after", a, b)
	}
}
