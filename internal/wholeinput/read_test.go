package wholeinput

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadText reads a regular file (sized from Stat), a pipe-like reader
// (no Stat), an empty file and bytes that are not UTF-8, each back as it
// was, and reports a read error.
func TestReadText(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, text string }{
		{"empty", ""},
		{"line", "Ankara'da toplandılar.\n"},
		{"invalid UTF-8", "a\xffb\xc3"},
		{"large", strings.Repeat("İstanbul ", 1<<16)},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_"))
		if err := os.WriteFile(path, []byte(c.text), 0o600); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ReadText(f)
		f.Close()
		if err != nil || got != c.text {
			t.Errorf("%s, file: %d bytes, %v; want %d bytes", c.name, len(got), err, len(c.text))
		}
		got, err = ReadText(iotest.OneByteReader(strings.NewReader(c.text)))
		if err != nil || got != c.text {
			t.Errorf("%s, reader: %d bytes, %v; want %d bytes", c.name, len(got), err, len(c.text))
		}
	}
	if _, err := ReadText(iotest.ErrReader(io.ErrUnexpectedEOF)); err != io.ErrUnexpectedEOF {
		t.Errorf("read error: %v, want %v", err, io.ErrUnexpectedEOF)
	}
}
