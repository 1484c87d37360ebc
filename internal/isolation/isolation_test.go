// Package isolation holds the test that keeps models and heavy
// dependencies out of the packages that do not need them: a program that
// imports only a language, the gazetteer or the shared types must not link
// an NER model (megabytes of data) or prose's English models.
package isolation

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/varlik/varlik/"

// heavy lists the packages that carry models: varlik's own NER models and
// prose's (its model data, loaded by its NER).
var heavy = append([]string{module + "ner/models/", module + "ner"}, proseModels...)

// proseModels are prose's NER and tagging models, linked by its NER
// (lang/en/prosener); varlik's pipeline uses prose's tokenizer only.
var proseModels = []string{
	"github.com/jdkato/prose/v3/ner/maxentmodel",
	"github.com/jdkato/prose/v3/tag/aptagmodel",
}

func TestLightPackagesLinkNoModel(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	for _, pkg := range []string{"lang", "lang/tr", "lang/en", "lang/ru", "lang/langid", "gazetteer", "annotation", "conll", "link", "relation", "relation/tr", "relation/en", "relation/ru", "format", "corpus"} {
		checkLinksNone(t, pkg, heavy)
	}
}

// TestPipelineLinksNoProseModel checks that the Extractor, which has its
// own English model, links prose's tokenizer only: its NER and tagging
// models (8 MB) belong to lang/en/prosener, the baseline.
func TestPipelineLinksNoProseModel(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	checkLinksNone(t, "entity", proseModels)
}

// TestRecognizeLayer checks recognition's place in the stack: recognize
// is given its models (it links ner, not the models nor prose's) and
// does not import the façade, entity; its peers link and relation do not
// import it.
func TestRecognizeLayer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	checkLinksNone(t, "recognize", append([]string{module + "entity"}, slices.DeleteFunc(slices.Clone(heavy), func(h string) bool { return h == module+"ner" })...))
	for _, pkg := range []string{"link", "relation"} {
		checkLinksNone(t, pkg, []string{module + "recognize"})
	}
}

// checkLinksNone fails t for each package pkg links (go list -deps) that
// is in banned: a path, or every path under a prefix ending in a slash.
func checkLinksNone(t *testing.T, pkg string, banned []string) {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", module+pkg).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", pkg, err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, h := range banned {
			if dep == strings.TrimSuffix(h, "/") || strings.HasPrefix(dep, h) && strings.HasSuffix(h, "/") {
				t.Errorf("%s links %s", pkg, dep)
			}
		}
	}
}

// TestModelPackagesAreData checks that a model package is its data and
// one registration: it imports ner and nothing else of varlik.
func TestModelPackagesAreData(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}:{{join .Imports \" \"}}", module+"ner/models/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ":")
		for _, imp := range strings.Fields(imports) {
			if strings.HasPrefix(imp, module) && imp != module+"ner" {
				t.Errorf("%s imports %s", pkg, imp)
			}
		}
	}
}
