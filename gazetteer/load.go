package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Load reads a gazetteer from r: TSV or JSONL (told apart by the first
// line that is neither blank nor a comment: JSONL starts with '{'),
// gzip-compressed or not.
func Load(r io.Reader) (*Gazetteer, error) {
	entries, byID, err := readAny(r)
	if err != nil {
		return nil, err
	}
	return build(entries, nil, byID), nil
}

// LoadFile reads a gazetteer from a file: .jsonl or .json for JSON Lines,
// anything else for TSV, either optionally followed by .gz.
func LoadFile(path string) (*Gazetteer, error) {
	entries, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return New(entries...), nil
}

// ReadFile reads the entries of a file, picking the format as LoadFile
// does. Errors name the file and line.
func ReadFile(path string) ([]*Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	name := path
	if base, ok := strings.CutSuffix(path, ".gz"); ok {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r, name = zr, base
	}
	var entries []*Entry
	if strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".json") {
		entries, err = ReadJSONL(r)
	} else {
		entries, err = ReadTSV(r)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return entries, nil
}

func readAny(r io.Reader) ([]*Entry, map[string]int32, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, fmt.Errorf("gazetteer: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	if isJSONL(br) {
		return readJSONL(br)
	}
	return readTSV(br)
}

// isJSONL peeks at the buffered start of the input for the first line
// that is neither blank nor a comment.
func isJSONL(br *bufio.Reader) bool {
	head, _ := br.Peek(br.Size())
	for len(head) > 0 {
		line := head
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			line, head = head[:i], head[i+1:]
		} else {
			head = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		return line[0] == '{'
	}
	return false
}
