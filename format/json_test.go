package format

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// encodingJSON is what WriteJSON must equal: encoding/json with HTML
// escaping off, indented or not, of the document, with the stream fields
// or the tokens the options ask for.
func encodingJSON(t testing.TB, doc *annotation.Document, o JSONOptions) []byte {
	var v any = doc
	switch {
	case o.ID != nil:
		v = struct {
			ID json.RawMessage `json:"id"`
			*annotation.Document
		}{o.ID, doc}
	case o.Stream:
		v = struct {
			File   string `json:"file,omitempty"`
			Offset int64  `json:"offset"`
			*annotation.Document
		}{o.File, o.Offset, doc}
	case o.Tokens:
		v = struct {
			*annotation.Document
			Tokens []lang.Token `json:"tokens"`
		}{doc, doc.Tokens}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if o.Indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkJSON(t testing.TB, doc *annotation.Document) {
	t.Helper()
	for _, o := range []JSONOptions{{}, {Indent: true}, {Tokens: true}, {Indent: true, Tokens: true},
		{Stream: true, Offset: 12345}, {Stream: true, File: "a\"b.txt", Offset: 7},
		{ID: json.RawMessage(`"a1"`)}, {ID: json.RawMessage(` { "k" : [1, "x y", null] } `)}, {ID: json.RawMessage(`null`), Indent: true},
		{ID: json.RawMessage(`{"k": [1, {"j": []}]}`), Indent: true}} {
		var got bytes.Buffer
		if err := WriteJSON(&got, doc, o); err != nil {
			t.Fatal(err)
		}
		if want := encodingJSON(t, doc, o); !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("options %+v:\ngot  %s\nwant %s", o, got.Bytes(), want)
		}
	}
}

func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	text := "Ali \"Veli\" <b>&</b>\n\t\x01\x7f\xff\u2028\u2029 Ankara'da İstanbul’a"
	tests := []*annotation.Document{
		{Lang: "tr"},
		{Lang: "tr", Sentences: []lang.Sentence{}, Entities: []annotation.Entity{}, Relations: []annotation.Relation{}},
		{
			Lang: "tr", Text: text,
			Tokens:    []lang.Token{{Text: text[:3], Start: 0, End: 3, Kind: lang.Word}, {Text: "\xff", Start: 20, End: 21, Kind: lang.Other}},
			Sentences: []lang.Sentence{{Start: 0, End: len(text), First: 0, Last: 2}},
			Entities: []annotation.Entity{
				{Text: text, Type: annotation.Person, Start: 0, End: len(text), ID: "name:\x00", Canonical: "\u2028", Score: 0.123456789012345678, Source: "model+gazetteer"},
				{Text: "x", Type: annotation.Location, Score: 1e-7},
				{Text: "y", Type: annotation.Organization, Score: 1e21},
				{Text: "z", Type: annotation.Organization, Score: 0},
				{Text: "w", Type: annotation.Organization, Score: 123456.5},
				{Text: "v", Type: annotation.Organization, Score: math.SmallestNonzeroFloat64},
			},
			Relations: []annotation.Relation{
				{Type: annotation.Role, Subject: 0, Object: -1, Role: "Başkan", Start: 1, End: 9},
				{Type: annotation.Says, Subject: 0, Object: -1, Start: 1, End: 9, QuoteStart: 3, QuoteEnd: 8},
				{Type: annotation.Meets},
			},
		},
	}
	// Two-byte runes at their edges and broken ones, each alone and
	// inside ASCII: U+0080, U+07FF, an overlong encoding, a lead byte
	// at the end or before ASCII, a lone continuation byte, and the
	// three-byte U+2028 and U+0800.
	for _, s := range []string{"\u0080", "\u07ff", "\xc1\xbf", "\xc0\x80", "\xc2", "\xc2A", "\xdf", "\x80", "\xe2\x80\xa8", "\u0800", "Şç\xc3"} {
		for _, text := range []string{s, "a" + s + "b"} {
			checkJSON(t, &annotation.Document{Lang: "tr", Entities: []annotation.Entity{{Text: text, Canonical: text + text}}})
		}
	}
	for _, doc := range tests {
		checkJSON(t, doc)
	}
}

func TestWriteJSONNonFinite(t *testing.T) {
	doc := &annotation.Document{Entities: []annotation.Entity{{Score: math.NaN()}}}
	if err := WriteJSON(&bytes.Buffer{}, doc, JSONOptions{}); err == nil {
		t.Error("a NaN score was written without an error")
	}
}

// FuzzWriteJSON checks WriteJSON against encoding/json on arbitrary
// strings and numbers.
func FuzzWriteJSON(f *testing.F) {
	f.Add("Ankara", "name:x", 0.5, 3)
	f.Add("\x00\xff\u2028\"\\", "\t", 1e-9, -1)
	f.Fuzz(func(t *testing.T, text, id string, score float64, n int) {
		if math.IsNaN(score) || math.IsInf(score, 0) {
			return
		}
		doc := &annotation.Document{
			Lang:      text,
			Tokens:    []lang.Token{{Text: text, Start: n, End: -n, Kind: lang.Kind(uint8(n))}},
			Sentences: []lang.Sentence{{Start: n, First: -n}},
			Entities:  []annotation.Entity{{Text: text, ID: id, Canonical: text + id, Score: score, Start: n}},
			Relations: []annotation.Relation{{Role: id, Subject: n, QuoteStart: n, QuoteEnd: -n}},
		}
		checkJSON(t, doc)
	})
}

// BenchmarkWriteJSON measures the writer on a document of 20,000 entities
// against encoding/json's indented encoder.
func BenchmarkWriteJSON(b *testing.B) {
	doc := &annotation.Document{Lang: "tr", Sentences: []lang.Sentence{}, Relations: []annotation.Relation{}}
	for i := range 20000 {
		doc.Entities = append(doc.Entities, annotation.Entity{Text: "Recep Tayyip Erdoğan", Type: annotation.Person,
			Start: 30 * i, End: 30*i + 21, ID: "Q39723", Canonical: "Recep Tayyip Erdoğan", Score: 0.9263286089295207, Source: "model+gazetteer"})
	}
	for _, bc := range []struct {
		name  string
		write func() error
	}{
		{"WriteJSON", func() error { return WriteJSON(discard{}, doc, JSONOptions{Indent: true}) }},
		{"encoding/json", func() error {
			enc := json.NewEncoder(discard{})
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(doc)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.write(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(doc.Entities))*float64(b.N)/b.Elapsed().Seconds(), "entities/s")
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
