package jsonin

import (
	"bufio"
	"strings"
	"testing"
)

// TestLoneSurrogate: a \u escape of half a surrogate pair is told apart
// from a whole pair, an escaped backslash and other escapes.
func TestLoneSurrogate(t *testing.T) {
	for body, want := range map[string]bool{
		`{"text": "\ud800"}`:              true,
		`{"text": "\uD800x"}`:             true,
		`{"text": "\ud800\u0041"}`:        true,
		`{"text": "\ud800\ud800\udc00"}`:  true,
		`{"text": "\udc00"}`:              true,
		`{"text": "a\ud83d"}`:             true,
		`{"text": "\ud83d\ude00 Ankara"}`: false,
		`{"text": "\\ud800"}`:             false,
		`{"text": "\\\ud83d\ude00\n"}`:    false,
		`{"text": "\u00e7\u0041\"\\"}`:    false,
		`{"text": "\u12"}`:                false, // bad JSON, told by the decoder
	} {
		if got := LoneSurrogate([]byte(body)); got != want {
			t.Errorf("LoneSurrogate(%s) = %v, want %v", body, got, want)
		}
	}
}

// TestDecodeLine: what each kind of bad line is told, and a good one
// decoded.
func TestDecodeLine(t *testing.T) {
	type doc struct {
		ID   any     `json:"id"`
		Text *string `json:"text"`
	}
	for _, tc := range []struct{ line, err string }{
		{`{"id": 1, "text": "Ankara"}`, ""},
		{"{\"id\": 1, \"text\": \"Ankara\xff\"}", "not valid UTF-8"},
		{`{"id": 1, "text": "Ankara \ud800"}`, "surrogate"},
		{`{"id": 1, "text": }`, "bad JSON at byte"},
		{`{"id": 1, "text": 5}`, `"text" must be a string`},
		{`{"id": 1, "text": "a"} {}`, "data after the object"},
		{`[1]`, "want an object"},
	} {
		var d doc
		err := DecodeLine([]byte(tc.line), &d)
		switch {
		case tc.err == "" && (err != nil || d.Text == nil || *d.Text != "Ankara"):
			t.Errorf("%s: %v, %+v", tc.line, err, d)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want one saying %q", tc.line, err, tc.err)
		}
	}
}

// TestReadLine: lines of any length, CRLF, a too-long line consumed whole,
// an empty line told apart from it, and the last line without a break.
func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 5000)
	br := bufio.NewReaderSize(strings.NewReader("a\r\n"+long+"\n\n"+long[:100]+"\nend"), 16)
	for _, want := range []struct {
		line string
		nil  bool
		n    int
	}{{"a", false, 3}, {"", true, 5001}, {"", false, 1}, {long[:100], false, 101}, {"end", false, 3}} {
		line, n, _ := ReadLine(br, 1000)
		if string(line) != want.line || (line == nil) != want.nil || n != want.n {
			t.Errorf("ReadLine = %q (nil %v), %d; want %q (nil %v), %d", line, line == nil, n, want.line, want.nil, want.n)
		}
	}
}

// TestParseDoc: each kind of line and what the programs report of it,
// with the id kept beside an error where the line gives one.
func TestParseDoc(t *testing.T) {
	for _, tc := range []struct {
		line     []byte
		id, text string
		err      string
	}{
		{[]byte(`{"id": 7, "text": "Ankara"}`), "7", "Ankara", ""},
		{[]byte(`{"text": "Ankara"}`), "", "Ankara", ""},
		{nil, "", "", "line longer than 100 bytes"},
		{[]byte(" \t"), "", "", "empty line"},
		{[]byte(`{"id": "a", "text": " "}`), `"a"`, "", "text is empty"},
		{[]byte(`{"id": "a"}`), `"a"`, "", `no "text" string`},
		{[]byte(`{"id": "a", "text": "x"} 5`), `"a"`, "", "data after the object"},
		{[]byte("{\"text\": \"\xff\"}"), "", "", "not valid UTF-8"},
	} {
		d, err := ParseDoc(tc.line, 100)
		if string(d.ID) != tc.id || d.Text != tc.text || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%q: %s %q, %v; want %s %q, %q", tc.line, d.ID, d.Text, err, tc.id, tc.text, tc.err)
		}
	}
}
