package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/ner"
)

const pinnedTSV = "Q406\tLOCATION\tcity\t0.9\ttr=İstanbul;en=Istanbul\n"

// writeGzip writes text gzip-compressed to a file in t's temporary
// directory and returns its path.
func writeGzip(t *testing.T, name, text string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestLoadPinnedGazetteer reads a compressed gazetteer: its entries match,
// and its version is that of its text, as DataVersion is the default's.
func TestLoadPinnedGazetteer(t *testing.T) {
	g, version, err := loadPinnedGazetteer(writeGzip(t, "pinned.tsv.gz", pinnedTSV))
	if err != nil {
		t.Fatal(err)
	}
	if want := gazetteer.VersionOf([]byte(pinnedTSV)); version != want {
		t.Errorf("version %s, want %s (of the uncompressed text)", version, want)
	}
	l := tr.Turkish{}
	if m := g.Match(l.Tokenize("İstanbul ve Ankara"), l); len(m) != 1 || m[0].Candidates[0].ID != "Q406" {
		t.Errorf("matches %+v, want İstanbul alone", m)
	}
	if _, _, err := loadPinnedGazetteer(filepath.Join(t.TempDir(), "none.tsv")); err == nil {
		t.Error("a missing file loaded")
	}
}

// TestTrainPinnedGazetteer trains with -gazetteer-file: the model records
// the pinned gazetteer's version, not the default's.
func TestTrainPinnedGazetteer(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pinned.model")
	var stdout, stderr strings.Builder
	err := run(context.Background(), []string{"-lang", "tr", "-train", tinyCoNLL, "-epochs", "2",
		"-gazetteer-file", writeGzip(t, "pinned.tsv.gz", pinnedTSV), "-o", out}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("train: %v\n%s", err, stderr.String())
	}
	m, err := ner.ReadModelFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := `"gazetteer":"` + gazetteer.VersionOf([]byte(pinnedTSV)) + `"`; !strings.Contains(m.Provenance(), want) {
		t.Errorf("provenance %s lacks %s", m.Provenance(), want)
	}
}
