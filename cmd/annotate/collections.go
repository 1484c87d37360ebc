package main

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// collection is a licensed source text, one sentence or segment per line.
type collection struct {
	lang string
	path string // under the data directory
}

var collections = map[string]collection{
	"ntrex.tr":     {"tr", "text/ntrex-128/original/NTREX-128/newstest2019-ref.tur.txt"},
	"ntrex.en":     {"en", "text/ntrex-128/original/NTREX-128/newstest2019-src.eng.txt"},
	"ntrex.ru":     {"ru", "text/ntrex-128/original/NTREX-128/newstest2019-ref.rus.txt"},
	"ud-pud.tr":    {"tr", "text/ud-turkish/converted/UD_Turkish-PUD.txt"},
	"ud-penn.tr":   {"tr", "text/ud-turkish/converted/UD_Turkish-Penn.txt"},
	"ud-boun.tr":   {"tr", "text/ud-turkish/converted/UD_Turkish-BOUN.txt"},
	"parlamint.tr": {"tr", "text/parlamint-tr/sessions_text.txt"},
}

func collectionNames() string {
	names := make([]string, 0, len(collections))
	for n := range collections {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// readLines reads a collection's source lines.
func readLines(dataDir, name string) (collection, []string, error) {
	c, ok := collections[name]
	if !ok {
		return c, nil, fmt.Errorf("unknown collection %q (%s)", name, collectionNames())
	}
	f, err := os.Open(filepath.Join(dataDir, c.path))
	if err != nil {
		return c, nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), "\r"))
	}
	return c, lines, sc.Err()
}

func recordID(name string, line int) string { return fmt.Sprintf("%s.%04d", name, line) }

// parseID splits a record ID into its collection and 1-based line.
func parseID(id string) (string, int, error) {
	k := strings.LastIndexByte(id, '.')
	if k < 0 {
		return "", 0, fmt.Errorf("record ID %q is not <collection>.<line>", id)
	}
	n, err := strconv.Atoi(id[k+1:])
	if err != nil || n < 1 {
		return "", 0, fmt.Errorf("record ID %q is not <collection>.<line>", id)
	}
	return id[:k], n, nil
}

// inSample picks about one record in every k by a hash of its ID, so that
// the sample is fixed, spread over the file and independent of content.
func inSample(id string, k int) bool {
	if k <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%uint32(k) == 0
}
