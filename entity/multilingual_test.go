package entity_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// The stories in ../testdata tell one news event in Turkish, English and
// Russian; story_<lang>.gold.jsonl holds the hand-annotated mentions of
// each (text, type, UTF-8 byte span).

type goldMention struct {
	Text  string      `json:"text"`
	Type  entity.Type `json:"type"`
	Start int         `json:"start"`
	End   int         `json:"end"`
}

func readGold(t *testing.T, path string) []goldMention {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldMention
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var m goldMention
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// extractStory runs a default Extractor, language identified, on the story
// in language code and checks the language it picked.
func extractStory(t *testing.T, x *entity.Extractor, code string) (string, *entity.Document) {
	t.Helper()
	b, err := os.ReadFile("../testdata/story_" + code + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), string(b))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Lang != code {
		t.Fatalf("story_%s.txt identified as %q", code, doc.Lang)
	}
	checkOffsets(t, string(b), doc)
	return string(b), doc
}

// TestStoryF1 scores entity extraction on the three stories: a mention is
// correct when its byte span and type equal a gold mention's.
func TestStoryF1(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		code  string
		floor float64 // least acceptable F1
	}{
		{"en", 0.85},
		{"ru", 0.75},
		{"tr", 0.75},
	} {
		t.Run(tc.code, func(t *testing.T) {
			text, doc := extractStory(t, x, tc.code)
			gold := readGold(t, "../testdata/story_"+tc.code+".gold.jsonl")
			type key struct {
				start, end int
				typ        entity.Type
			}
			want := map[key]bool{}
			for _, g := range gold {
				if text[g.Start:g.End] != g.Text {
					t.Fatalf("gold %+v does not match the text %q", g, text[g.Start:g.End])
				}
				want[key{g.Start, g.End, g.Type}] = true
			}
			tp := 0
			for _, e := range doc.Entities {
				if k := (key{e.Start, e.End, e.Type}); want[k] {
					tp++
					delete(want, k)
				} else {
					t.Logf("false positive: %s %q [%d,%d) (%s)", e.Type, e.Text, e.Start, e.End, e.Source)
				}
			}
			for _, g := range gold {
				if want[key{g.Start, g.End, g.Type}] {
					t.Logf("missed: %s %q [%d,%d)", g.Type, g.Text, g.Start, g.End)
				}
			}
			p := float64(tp) / float64(max(len(doc.Entities), 1))
			r := float64(tp) / float64(max(len(gold), 1))
			f1 := 0.0
			if p+r > 0 {
				f1 = 2 * p * r / (p + r)
			}
			t.Logf("%s: P=%.3f R=%.3f F1=%.3f (%d correct, %d found, %d gold)", tc.code, p, r, f1, tp, len(doc.Entities), len(gold))
			if f1 < tc.floor {
				t.Errorf("%s: F1 %.3f below %.2f", tc.code, f1, tc.floor)
			}
		})
	}
}

// TestStoryCrossLingualIDs checks that an entity named in all three
// stories gets one gazetteer ID in all of them: every mention written as
// one of its names (inflected forms included) carries the same ID.
func TestStoryCrossLingualIDs(t *testing.T) {
	x := newExtractor(t)
	docs := map[string]*entity.Document{}
	for _, code := range []string{"tr", "en", "ru"} {
		_, docs[code] = extractStory(t, x, code)
	}
	for _, tc := range []struct {
		name     string
		mentions map[string][]string // language → mention texts as written in its story
	}{
		{"Russia", map[string][]string{"tr": {"Rusya"}, "en": {"Russia"}, "ru": {"Россия", "России"}}},
		{"China", map[string][]string{"tr": {"Çin"}, "en": {"China"}, "ru": {"Китай", "Китая"}}},
		{"Mishustin", map[string][]string{"tr": {"Mihail Mişustin", "Mişustin"},
			"en": {"Mikhail Mishustin", "Mishustin"}, "ru": {"Михаил Мишустин", "Мишустин"}}},
		{"United Nations", map[string][]string{"tr": {"Birleşmiş Milletler"}, "en": {"United Nations"},
			"ru": {"Организации Объединённых Наций", "ООН"}}},
		{"BRICS", map[string][]string{"tr": {"BRICS"}, "en": {"BRICS"}, "ru": {"БРИКС"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := map[string][]string{} // ID → where
			for _, code := range []string{"tr", "en", "ru"} {
				n := 0
				for _, e := range docs[code].Entities {
					if !slices.Contains(tc.mentions[code], e.Text) {
						continue
					}
					n++
					ids[e.ID] = append(ids[e.ID], code+":"+e.Text)
					if e.ID == "" || strings.HasPrefix(e.ID, "local:") {
						t.Errorf("%s %q has no gazetteer ID (%q)", code, e.Text, e.ID)
					}
				}
				if n == 0 {
					t.Errorf("%s: no mention of %v found", code, tc.mentions[code])
				}
			}
			if len(ids) > 1 {
				t.Errorf("several IDs: %v", ids)
			}
			t.Logf("%v", ids)
		})
	}
}
