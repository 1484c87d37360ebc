// Package wordfreq reads Zemberek-NLP's case-preserving word counts
// (gazetteer/zemberek/freq-100k.txt.gz: a word, a space and its count a
// line, gzipped), for lang/tr's generators.
package wordfreq

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Read returns each word's count, the words as written.
func Read(path string) (map[string]int, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	zr, err := gzip.NewReader(file)
	if err != nil {
		return nil, err
	}
	freq := make(map[string]int)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w, c, ok := strings.Cut(sc.Text(), " ")
		n, err := strconv.Atoi(c)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		freq[w] = n
	}
	return freq, sc.Err()
}
