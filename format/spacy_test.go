package format

import (
	"context"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
)

// runeSlice returns the characters [start, end) of s, as Python's s[start:end].
func runeSlice(s string, start, end int) string {
	r := []rune(s)
	if start < 0 || end > len(r) || start > end {
		return "<out of range>"
	}
	return string(r[start:end])
}

// docOf builds a annotation.Document over text with one token per space-separated
// word and the given entities, located by their text.
func docOf(t *testing.T, text string, ents ...annotation.Entity) *annotation.Document {
	t.Helper()
	d := &annotation.Document{Lang: "tr", Text: text}
	at := 0
	for _, w := range strings.Fields(text) {
		i := strings.Index(text[at:], w) + at
		d.Tokens = append(d.Tokens, lang.Token{Text: w, Start: i, End: i + len(w)})
		at = i + len(w)
	}
	d.Sentences = []lang.Sentence{{Start: 0, End: len(strings.TrimRight(text, " ")), First: 0, Last: len(d.Tokens)}}
	for _, e := range ents {
		e.Start = strings.Index(text, e.Text)
		if e.Start < 0 {
			t.Fatalf("%q not in %q", e.Text, text)
		}
		e.End = e.Start + len(e.Text)
		d.Entities = append(d.Entities, e)
	}
	return d
}

func TestSpaCyCharacterOffsets(t *testing.T) {
	tests := []struct {
		name     string
		doc      *annotation.Document
		wantEnts []Ent
	}{
		{
			name:     "ascii",
			doc:      docOf(t, "Li Qiang met Mishustin", annotation.Entity{Text: "Li Qiang", Type: annotation.Person, ID: "Q123"}, annotation.Entity{Text: "Mishustin", Type: annotation.Person}),
			wantEnts: []Ent{{0, 8, "PERSON", "Q123", "https://www.wikidata.org/wiki/Q123"}, {13, 22, "PERSON", "", ""}},
		},
		{
			name:     "turkish two-byte letters",
			doc:      docOf(t, "Çin Başbakanı Li Qiang Hangzhou'da", annotation.Entity{Text: "Çin", Type: annotation.Location, ID: "Q148"}, annotation.Entity{Text: "Hangzhou", Type: annotation.Location}),
			wantEnts: []Ent{{0, 3, "LOC", "Q148", "https://www.wikidata.org/wiki/Q148"}, {23, 31, "LOC", "", ""}},
		},
		{
			name:     "cyrillic and an astral emoji",
			doc:      docOf(t, "🙂 Михаил Мишустин в ООН", annotation.Entity{Text: "Михаил Мишустин", Type: annotation.Person}, annotation.Entity{Text: "ООН", Type: annotation.Organization}),
			wantEnts: []Ent{{2, 17, "PERSON", "", ""}, {20, 23, "ORG", "", ""}},
		},
		{
			name:     "line breaks and double spaces",
			doc:      docOf(t, "\nAnkara  ve\n\nİzmir \n", annotation.Entity{Text: "İzmir", Type: annotation.Location}),
			wantEnts: []Ent{{13, 18, "LOC", "", ""}},
		},
		{
			name:     "invalid byte counts as one character",
			doc:      docOf(t, "a\xff Ankara", annotation.Entity{Text: "Ankara", Type: annotation.Location}),
			wantEnts: []Ent{{3, 9, "LOC", "", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SpaCy(tt.doc)
			if !reflect.DeepEqual(got.Ents, tt.wantEnts) {
				t.Errorf("ents:\n got %+v\nwant %+v", got.Ents, tt.wantEnts)
			}
			checkSpaCy(t, tt.doc, got)
		})
	}
}

// checkSpaCy checks the invariant through a JSON round trip, as Python
// sees it: the characters [start, end) of the decoded text are the text of
// each token and entity.
func checkSpaCy(t *testing.T, d *annotation.Document, sd Doc) {
	t.Helper()
	data, err := json.Marshal(sd)
	if err != nil {
		t.Fatal(err)
	}
	var back Doc
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Ents) != len(d.Entities) || len(back.Sents) != len(d.Sentences) {
		t.Fatalf("counts: %d/%d ents, %d/%d sents", len(back.Ents), len(d.Entities), len(back.Sents), len(d.Sentences))
	}
	// JSON turns each invalid byte into U+FFFD: compare with the same mapping.
	// spaCy's invariant: the token texts, each followed by one space when
	// the next token starts later, make up the text.
	var rebuilt strings.Builder
	texts := map[string]int{}
	for i, tok := range back.Tokens {
		txt := runeSlice(back.Text, tok.Start, tok.End)
		rebuilt.WriteString(txt)
		next := len([]rune(back.Text))
		if i+1 < len(back.Tokens) {
			next = back.Tokens[i+1].Start
		}
		if next > tok.End {
			rebuilt.WriteByte(' ')
		}
		if tok.ID != i {
			t.Errorf("token %d has id %d", i, tok.ID)
		}
		texts[txt]++
	}
	if rebuilt.String() != back.Text {
		t.Errorf("tokens and spaces rebuild %q, want %q", rebuilt.String(), back.Text)
	}
	for _, tok := range d.Tokens { // every varlik token is a spaCy token
		if texts[jsonText(tok.Text)] == 0 {
			t.Errorf("token %q missing", tok.Text)
		}
	}
	for i, e := range back.Ents {
		if want := jsonText(d.Entities[i].Text); runeSlice(back.Text, e.Start, e.End) != want {
			t.Errorf("ent %d: chars [%d,%d) = %q, want %q", i, e.Start, e.End, runeSlice(back.Text, e.Start, e.End), want)
		}
	}
	for i, s := range back.Sents {
		if want := jsonText(d.Text[d.Sentences[i].Start:d.Sentences[i].End]); runeSlice(back.Text, s.Start, s.End) != want {
			t.Errorf("sent %d: chars [%d,%d) = %q, want %q", i, s.Start, s.End, runeSlice(back.Text, s.Start, s.End), want)
		}
	}
}

// jsonText is s after a JSON round trip: each invalid byte becomes U+FFFD.
func jsonText(s string) string {
	data, _ := json.Marshal(s)
	var out string
	json.Unmarshal(data, &out)
	return out
}

func TestSpaCyJSONShape(t *testing.T) {
	d := docOf(t, "Putin Moskova'da", annotation.Entity{Text: "Putin", Type: annotation.Person, ID: "Q7747"}, annotation.Entity{Text: "Moskova", Type: annotation.Location, ID: "Q649"})
	d.Relations = []annotation.Relation{{Type: annotation.Visits, Subject: 0, Object: 1, Start: 0, End: len(d.Text)}}
	data, err := json.Marshal(SpaCy(d))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"text", "ents", "sents", "tokens", "spans", "_"} {
		if _, ok := got[key]; !ok {
			t.Errorf("key %q missing in %s", key, data)
		}
	}
	ents := `[{"start":0,"end":5,"label":"PERSON","kb_id":"Q7747","kb_url":"https://www.wikidata.org/wiki/Q7747"},` +
		`{"start":6,"end":13,"label":"LOC","kb_id":"Q649","kb_url":"https://www.wikidata.org/wiki/Q649"}]`
	want := `{"text":"Putin Moskova'da","ents":` + ents + `,` +
		`"sents":[{"start":0,"end":16}],"tokens":[{"id":0,"start":0,"end":5},{"id":1,"start":6,"end":16}],` +
		`"spans":{"varlik":` + ents + `},"_":{"lang":"tr","relations":[{"type":"VISITS","subject":0,"object":1,"start":0,"end":16}]}}`
	if string(data) != want {
		t.Errorf("JSON:\n got %s\nwant %s", data, want)
	}
}

func TestSpaCyEmpty(t *testing.T) {
	data, err := json.Marshal(SpaCy(&annotation.Document{}))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"text":"","ents":[],"sents":[],"tokens":[],"spans":{"varlik":[]},"_":{"lang":"","relations":[]}}`; string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
}

// TestSpaCySeed converts a real extraction of the seed article (Turkish,
// many two-byte letters) and checks the offsets of whatever it finds.
func TestSpaCySeed(t *testing.T) {
	text, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	x, err := entity.New(entity.WithLanguage("auto"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(context.Background(), string(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) == 0 {
		t.Error("no entities in the seed article: nothing to convert")
	}
	checkSpaCy(t, d, SpaCy(d))
}

func ExampleSpaCy() {
	text := "Çin Başbakanı Li Qiang"
	d := &annotation.Document{Lang: "tr", Text: text, Entities: []annotation.Entity{
		{Text: "Li Qiang", Type: annotation.Person, Start: strings.Index(text, "Li"), End: len(text)},
	}}
	out, _ := json.Marshal(SpaCy(d).Ents)
	os.Stdout.Write(append(out, '\n'))
	// Output: [{"start":14,"end":22,"label":"PERSON"}]
}

func TestSpaCyRelationOffsets(t *testing.T) {
	text := "Erdoğan, «Türkiye hazır» dedi."
	d := docOf(t, text, annotation.Entity{Text: "Erdoğan", Type: annotation.Person})
	quote := "Türkiye hazır"
	qs := strings.Index(text, quote)
	d.Relations = []annotation.Relation{{Type: annotation.Says, Subject: 0, Object: -1, Start: 0, End: len(text), QuoteStart: qs, QuoteEnd: qs + len(quote)}}
	r := SpaCy(d).Extra.Relations[0]
	if got := runeSlice(text, r.QuoteStart, r.QuoteEnd); got != quote {
		t.Errorf("quote chars [%d,%d) = %q, want %q", r.QuoteStart, r.QuoteEnd, got, quote)
	}
	if got := runeSlice(text, r.Start, r.End); got != text || r.Object != -1 || r.Type != "SAYS" {
		t.Errorf("relation %+v: evidence %q", r, got)
	}
}

func TestKBURL(t *testing.T) {
	for id, want := range map[string]string{
		"Q159":                   "https://www.wikidata.org/wiki/Q159",
		"geonames:745044":        "https://www.geonames.org/745044",
		"name:trs-m":             "",
		"local:3":                "",
		"Qx":                     "",
		"geonames:":              "",
		"varlik:person:li-qiang": "",
	} {
		if got := KBURL(id); got != want {
			t.Errorf("KBURL(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestSpanGroupCarriesIDs: spaCy reads kb_id from span groups only, so the
// entities are in the "varlik" group too, with their IDs.
func TestSpanGroupCarriesIDs(t *testing.T) {
	d := docOf(t, "Rusya ve Çin", annotation.Entity{Text: "Rusya", Type: annotation.Location, ID: "Q159"},
		annotation.Entity{Text: "Çin", Type: annotation.Location, ID: "Q148"})
	out := SpaCy(d)
	group := out.Spans[SpanGroup]
	if len(group) != 2 || group[0].KBID != "Q159" || group[1].KBURL != "https://www.wikidata.org/wiki/Q148" {
		t.Errorf("span group %+v", group)
	}
	if out.Ents[0].KBURL == "" {
		t.Errorf("ents lack kb_url: %+v", out.Ents)
	}
}
