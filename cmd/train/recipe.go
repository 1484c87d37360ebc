package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/ner"
)

// expandRecipe replaces "-recipe FILE" in args with the flags FILE holds:
// whitespace-separated, a word starting with "#" beginning a comment to
// the end of the line ("FILE#COL" is no comment). It returns the flags of
// the recipe alone too, for the model's provenance.
func expandRecipe(args []string) (all, recipe []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		var path string
		switch {
		case a == "-recipe" || a == "--recipe":
			if i+1 >= len(args) {
				return nil, nil, fmt.Errorf("%s needs a file", a)
			}
			path = args[i+1]
			i++
		case strings.HasPrefix(a, "-recipe=") || strings.HasPrefix(a, "--recipe="):
			path = a[strings.IndexByte(a, '=')+1:]
		default:
			all = append(all, a)
			continue
		}
		r, err := readRecipe(path)
		if err != nil {
			return nil, nil, err
		}
		recipe = append(recipe, r...)
		all = append(all, r...)
	}
	return all, recipe, nil
}

func readRecipe(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		for _, w := range strings.Fields(sc.Text()) {
			if strings.HasPrefix(w, "#") {
				break
			}
			out = append(out, w)
		}
	}
	return out, sc.Err()
}

// repoPrefix marks an input path relative to the repository's root (the
// directory of go.mod), such as the project's own corpus: repo:corpus/...
const repoPrefix = "repo:"

// resolve makes the input paths of c relative to the data directory dir
// (when set), or to the repository for repo: paths, and returns the inputs
// as recorded: path as written and SHA-256, sorted.
func (c *config) resolve(dir string) ([]input, error) {
	var inputs []input
	at := func(spec *string) error {
		if *spec == "" {
			return nil
		}
		rel := *spec
		path, layout := nerdata.SpecPath(*spec)
		p := &path
		defer func() { *spec = path + layout }()
		switch {
		case strings.HasPrefix(*p, repoPrefix):
			root, err := repoRoot()
			if err != nil {
				return err
			}
			*p = filepath.Join(root, strings.TrimPrefix(*p, repoPrefix))
		case dir != "" && !filepath.IsAbs(*p):
			*p = filepath.Join(dir, *p)
		}
		sum, err := fileSHA256(*p)
		if err != nil {
			return err
		}
		inputs = append(inputs, input{Path: filepath.ToSlash(rel), SHA256: sum})
		if layout == "#re3d" { // the texts the entities point into
			docs := filepath.Join(filepath.Dir(*p), "documents.json")
			if sum, err = fileSHA256(docs); err != nil {
				return err
			}
			relDocs := filepath.ToSlash(filepath.Join(filepath.Dir(strings.TrimSuffix(rel, layout)), "documents.json"))
			inputs = append(inputs, input{Path: relDocs, SHA256: sum})
		}
		return nil
	}
	for _, list := range []*[]string{&c.train, &c.unlabeled, &c.capText} {
		for i := range *list {
			if err := at(&(*list)[i]); err != nil {
				return nil, err
			}
		}
	}
	if err := at(&c.dev); err != nil {
		return nil, err
	}
	if err := at(&c.capFreq); err != nil {
		return nil, err
	}
	if err := at(&c.gazFile); err != nil {
		return nil, err
	}
	for i, w := range c.words {
		class, spec, ok := strings.Cut(w, "=")
		if !ok {
			continue // readLexicon reports the bad flag
		}
		path, col, hasCol := strings.Cut(spec, "#")
		if err := at(&path); err != nil {
			return nil, err
		}
		c.words[i] = class + "=" + path
		if hasCol {
			c.words[i] += "#" + col
		}
	}
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Path < inputs[j].Path })
	return inputs, nil
}

type input struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// provenance is what a model records of how it was built.
type provenance struct {
	Trainer        string   `json:"trainer"`
	FeatureVersion int      `json:"feature_version"`
	Settings       []string `json:"settings"` // the recipe's flags, paths relative to the data directory
	Inputs         []input  `json:"inputs"`
	Gazetteer      string   `json:"gazetteer"` // the learned gazetteer's data version (gazetteer.DataVersion's digits), or "none"
}

func (p provenance) String() string {
	b, _ := json.Marshal(p) // plain strings and ints: cannot fail
	return string(b)
}

func newProvenance(settings []string, inputs []input, withGazetteer bool, gazVersion string) provenance {
	p := provenance{Trainer: "varlik cmd/train", FeatureVersion: ner.FeatureVersion, Settings: settings, Inputs: inputs, Gazetteer: "none"}
	if withGazetteer {
		p.Gazetteer = gazVersion
	}
	return p
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// repoRoot returns the nearest directory at or above the working directory
// that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("repo: path outside a module (no go.mod above the working directory)")
		}
		dir = parent
	}
}
