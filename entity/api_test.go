package entity

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/ner"
)

// TestUninitializedExtractor: a nil or zero Extractor returns an error,
// never panics.
func TestUninitializedExtractor(t *testing.T) {
	for name, x := range map[string]*Extractor{"nil": nil, "zero": {}} {
		if _, err := x.Extract(context.Background(), "Ankara"); !errors.Is(err, ErrNotInitialized) {
			t.Errorf("%s Extract: %v, want ErrNotInitialized", name, err)
		}
		if _, err := x.ExtractTokens(context.Background(), "tr", [][]string{{"Ankara"}}); !errors.Is(err, ErrNotInitialized) {
			t.Errorf("%s ExtractTokens: %v, want ErrNotInitialized", name, err)
		}
		err := x.Stream(context.Background(), strings.NewReader("Ankara"), ByLine, func(StreamDoc) error { return nil })
		if !errors.Is(err, ErrNotInitialized) {
			t.Errorf("%s Stream: %v, want ErrNotInitialized", name, err)
		}
	}
}

// TestMisuse: a nil Context, a nil Option and an unsupported language
// give errors that errors.Is recognizes, never a panic.
func TestMisuse(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil): no error")
	}
	if _, err := New(WithLanguage("xx")); !errors.Is(err, ErrUnsupportedLanguage) {
		t.Errorf("WithLanguage(xx): %v, want ErrUnsupportedLanguage", err)
	}
	x, err := New(WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	var nilCtx context.Context
	if _, err := x.Extract(nilCtx, "Ankara"); !errors.Is(err, ErrNilContext) {
		t.Errorf("Extract: %v, want ErrNilContext", err)
	}
	if _, err := x.ExtractTokens(nilCtx, "tr", [][]string{{"Ankara"}}); !errors.Is(err, ErrNilContext) {
		t.Errorf("ExtractTokens: %v, want ErrNilContext", err)
	}
	for name, stream := range map[string]func() error{
		"Stream": func() error {
			return x.Stream(nilCtx, strings.NewReader("Ankara"), ByLine, func(StreamDoc) error { return nil })
		},
		"StreamParallel": func() error {
			return x.StreamParallel(nilCtx, strings.NewReader("Ankara"), ByLine, 2, func(StreamDoc) error { return nil })
		},
	} {
		if err := stream(); !errors.Is(err, ErrNilContext) {
			t.Errorf("%s: %v, want ErrNilContext", name, err)
		}
	}
}

// TestEmptyResultsAreLists: no entity gives "entities": [], not null.
func TestEmptyResultsAreLists(t *testing.T) {
	x, err := New(WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "bugün hava güzel.", "\x00\xff"} {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(doc)
		if !strings.Contains(string(b), `"entities":[]`) || !strings.Contains(string(b), `"relations":[]`) {
			t.Errorf("%q: %s", text, b)
		}
	}
}

func TestWithLanguageBCP47(t *testing.T) {
	for code, want := range map[string]string{"tr": "tr", "TR": "tr", "tr-TR": "tr", "en-GB": "en", "ru-RU": "ru", "auto": "", "AUTO": ""} {
		x, err := New(WithLanguage(code))
		if err != nil {
			t.Errorf("WithLanguage(%q): %v", code, err)
			continue
		}
		if x.lang != want {
			t.Errorf("WithLanguage(%q) = %q, want %q", code, x.lang, want)
		}
	}
	for _, code := range []string{"xx", "de", "tr_TR!"} {
		if _, err := New(WithLanguage(code)); err == nil {
			t.Errorf("WithLanguage(%q): no error", code)
		}
	}
}

func TestOptionsRejectInvalidData(t *testing.T) {
	bad := gazetteer.Default().With(&gazetteer.Entry{ID: "x:1", Type: "COMPANY", Names: map[string][]string{"tr": {"Acme"}}})
	if _, err := New(WithGazetteer(bad)); err == nil || !strings.Contains(err.Error(), "COMPANY") {
		t.Errorf("a gazetteer with type COMPANY: %v", err)
	}
	if _, err := ner.Train(context.Background(), []annotation.TaggedSentence{{}}, ner.TrainConfig{}); err == nil || !strings.Contains(err.Error(), "Lang") {
		t.Errorf("Train with no language: %v", err)
	}
}
