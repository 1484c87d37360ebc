package gazetteer

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func readFixture(t testing.TB) []*Entry {
	t.Helper()
	entries, err := ReadFile("testdata/small.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

func TestReadTSV(t *testing.T) {
	entries := readFixture(t)
	if len(entries) != 22 {
		t.Fatalf("got %d entries, want 22", len(entries))
	}
	want := &Entry{
		ID: "Q159", Type: Location, Subtype: "country", Prior: 0.98,
		Names: map[string][]string{
			"tr": {"Rusya", "Rusya Federasyonu"},
			"en": {"Russia", "Russian Federation"},
			"ru": {"Россия"},
		},
		Attrs: map[string]string{"iso": "RU", "capital": "Q649"},
	}
	if diff := cmp.Diff(want, entries[1]); diff != "" {
		t.Errorf("entry 2 (-want +got):\n%s", diff)
	}
	if e := entries[len(entries)-1]; e.Attrs != nil || e.Name("tr") != "eBay" {
		t.Errorf("last entry = %+v, want eBay with no attrs", e)
	}
}

func TestReadTSVErrors(t *testing.T) {
	const good = "Q1\tLOCATION\tcity\t0.5\ttr=A\n"
	tests := []struct {
		name, in, want string
	}{
		{"columns", "# c\nQ1\tLOCATION\tcity\t0.5\n", "line 2: want 5 or 6 tab-separated columns"},
		{"too many columns", "Q1\tLOCATION\tcity\t0.5\ttr=A\t\tx\n", "line 1: want 5 or 6"},
		{"prior", "\nQ1\tLOCATION\tcity\thigh\ttr=A\n", `line 2: prior "high" is not a number`},
		{"prior range", "Q1\tLOCATION\tcity\t1.5\ttr=A\n", "line 1: id Q1: prior 1.5 is not in [0, 1]"},
		{"prior NaN", "Q1\tLOCATION\tcity\tNaN\ttr=A\n", "line 1: id Q1: prior NaN"},
		{"type", "Q1\tPLACE\tcity\t0.5\ttr=A\n", `line 1: id Q1: type "PLACE"`},
		{"id", "\tLOCATION\tcity\t0.5\ttr=A\n", "line 1: empty id"},
		{"names", "Q1\tLOCATION\tcity\t0.5\tAnkara\n", `line 1: names: "Ankara" is not lang=name|alias`},
		{"empty alias", "Q1\tLOCATION\tcity\t0.5\ttr=A||B\n", "line 1: names: empty name"},
		{"no names", "Q1\tLOCATION\tcity\t0.5\t\n", "line 1: id Q1: no names"},
		{"attrs", "Q1\tLOCATION\tcity\t0.5\ttr=A\tcountry\n", `line 1: attrs: "country" is not key=value`},
		{"duplicate", good + "# x\n" + good, `line 3: duplicate id "Q1" (first on line 1)`},
		{"utf8", "Q1\tLOCATION\tcity\t0.5\ttr=\xff\n", "line 1: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadTSV(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestReadTSVEdges(t *testing.T) {
	in := "\r\n# comment\n   \nQ1\tLOCATION\tcity\t0.5\ttr=A|B;en=C\r\nQ2\tPERSON\t\t1\ten=D\t" // CRLF, no final newline
	entries, err := ReadTSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []*Entry{
		{ID: "Q1", Type: Location, Subtype: "city", Prior: 0.5, Names: map[string][]string{"tr": {"A", "B"}, "en": {"C"}}},
		{ID: "Q2", Type: Person, Prior: 1, Names: map[string][]string{"en": {"D"}}},
	}
	if diff := cmp.Diff(want, entries); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if entries, err := ReadTSV(strings.NewReader("")); err != nil || len(entries) != 0 {
		t.Errorf("empty input: %v, %v", entries, err)
	}
}

func TestReadJSONL(t *testing.T) {
	entries, err := ReadFile("testdata/user.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []*Entry{
		{ID: "varlik:loc:test-ordu-camp", Type: Location, Subtype: "city", Prior: 0.1,
			Names: map[string][]string{"tr": {"Ordu"}}, Attrs: map[string]string{"population": "1200"}},
		{ID: "Q4970", Type: Location, Subtype: "city", Prior: 0.7,
			Names: map[string][]string{"tr": {"Hangzhou", "Hangzhou Kenti"}, "en": {"Hangzhou"}},
			Attrs: map[string]string{"country": "Q148"}},
		{ID: "varlik:org:xinhua", Type: Organization, Subtype: "agency", Prior: 0.9,
			Names: map[string][]string{"tr": {"Xinhua", "Şinhua"}, "en": {"Xinhua"}}},
	}
	if diff := cmp.Diff(want, entries); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	const good = `{"id":"Q1","type":"LOCATION","prior":0.5,"names":{"tr":["A"]}}` + "\n"
	tests := []struct {
		name, in, want string
	}{
		{"syntax", good + `{"id":"Q2",` + "\n", "line 2: unexpected EOF"},
		{"unknown field", `{"id":"Q1","type":"LOCATION","nmes":{}}`, `line 1: json: unknown field "nmes"`},
		{"two values", `{"id":"Q1","type":"LOCATION","names":{"tr":["A"]}} {}`, "line 1: more than one JSON value"},
		{"attr type", `{"id":"Q1","type":"LOCATION","names":{"tr":["A"]},"attrs":{"x":[1]}}`, "line 1: attrs.x: want a string or a number"},
		{"no names", `{"id":"Q1","type":"LOCATION","names":{"tr":[]}}`, "line 1: id Q1: no names"},
		{"duplicate", good + "\n" + good, `line 3: duplicate id "Q1" (first on line 1)`},
		{"huge line", `{"id":"` + strings.Repeat("x", maxJSONLine) + `"}`, "line 1: bufio.Scanner: token too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSONL(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestWriteTSVRoundTrip(t *testing.T) {
	entries := readFixture(t)
	var buf bytes.Buffer
	if err := WriteTSV(&buf, entries); err != nil {
		t.Fatal(err)
	}
	again, err := ReadTSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(entries, again); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	bad := &Entry{ID: "Q1", Type: Location, Prior: 0.5, Names: map[string][]string{"tr": {"A;B"}}}
	if err := WriteTSV(&buf, []*Entry{bad}); err == nil {
		t.Error("WriteTSV accepted a name with ';'")
	}
}

func TestLoadSniffsFormat(t *testing.T) {
	tsv, err := os.ReadFile("testdata/small.tsv")
	if err != nil {
		t.Fatal(err)
	}
	jsonl, err := os.ReadFile("testdata/user.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	dir := t.TempDir()
	gzPath := filepath.Join(dir, "user.jsonl.gz")
	if err := os.WriteFile(gzPath, gz(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	fromFile, err := LoadFile(gzPath)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   []byte
		want int
	}{
		{"tsv", tsv, 22},
		{"tsv.gz", gz(tsv), 22},
		{"jsonl", jsonl, 3},
		{"jsonl.gz", gz(jsonl), 3},
	}
	for _, tt := range tests {
		g, err := Load(bytes.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if g.Len() != tt.want {
			t.Errorf("%s: %d entries, want %d", tt.name, g.Len(), tt.want)
		}
	}
	if fromFile.Len() != 3 {
		t.Errorf("LoadFile(%s): %d entries, want 3", gzPath, fromFile.Len())
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("LoadFile of a missing file: no error")
	}
}

// TestBlank checks blank, which parseNames asks of every name, against
// strings.TrimSpace.
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u00a0", "\u0085 \u3000", "a", " a ", "Ankara", "Москва ", " 北京",
		"\xff", " \xff", "\u200b", "\u3000x"} {
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestParseNames checks the names column, whose languages' lists share one
// array: a language named twice gets both lists, and appending to one list
// leaves the next language's alone.
func TestParseNames(t *testing.T) {
	for _, tt := range []struct {
		in      string
		want    map[string][]string
		wantErr bool
	}{
		{"tr=Ankara", map[string][]string{"tr": {"Ankara"}}, false},
		{"tr=Ankara|Angora;en=Ankara", map[string][]string{"tr": {"Ankara", "Angora"}, "en": {"Ankara"}}, false},
		{"en=A;ru=Б;en=C|D", map[string][]string{"en": {"A", "C", "D"}, "ru": {"Б"}}, false},
		{"en=A;;ru=Б;", map[string][]string{"en": {"A"}, "ru": {"Б"}}, false},
		{"en=A;en=", map[string][]string{"en": {"A"}}, false}, // a second, empty list adds nothing
		{"en=", nil, true},
		{"en=A|", nil, true},
		{"en= ", nil, true},
		{"=A", nil, true},
		{"A", nil, true},
	} {
		got, err := parseNames(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseNames(%q): error %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); !tt.wantErr && diff != "" {
			t.Errorf("parseNames(%q) (-want +got):\n%s", tt.in, diff)
		}
		for lang, list := range got {
			grown := append(list, "x")
			for other, l := range got {
				if other != lang && slices.Contains(l, "x") {
					t.Errorf("parseNames(%q): appending to %s's list changed %s's: %v", tt.in, lang, other, l)
				}
			}
			_ = grown
		}
	}
}
