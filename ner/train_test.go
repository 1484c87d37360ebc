package ner

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
)

// tinyConfig is how tinyModel is trained.
var tinyConfig = TrainConfig{Lang: "tr", Epochs: 5, Seed: 1, ClauseVerb: true}

// tinyModel trains once on testdata/ner_tiny.conll (synthetic sentences).
var tinyModel = sync.OnceValues(func() (*Model, error) {
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		return nil, err
	}
	return Train(context.Background(), sents, tinyConfig)
})

func TestTrainLearnsTrainingData(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := m.Evaluate(sents, nil, nil)
	if f := e.Total.F1(); f < 0.95 {
		t.Errorf("F1 on the training data %.3f, want ≥ 0.95", f)
	}
	for _, s := range sents {
		for _, sp := range m.Tag(s.Tokens, nil, nil) {
			if sp.Score <= 0 || sp.Score > 1 {
				t.Errorf("span %+v: score outside (0, 1]", sp)
			}
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out [2]bytes.Buffer
	for i := range out {
		m, err := Train(context.Background(), sents, TrainConfig{Lang: "tr", Epochs: 2, Seed: 9})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.WriteTo(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(context.Background(), []annotation.TaggedSentence{{Tokens: tokens("Ankara"), Tags: []string{"B-LOCATION"}}}, TrainConfig{}); err == nil {
		t.Error("no language: no error")
	}
	good := annotation.TaggedSentence{Tokens: tokens("Ankara"), Tags: []string{"B-LOCATION"}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		sents []annotation.TaggedSentence
	}{
		{"no sentences", context.Background(), nil},
		{"unknown tag", context.Background(), []annotation.TaggedSentence{{Tokens: tokens("Ankara"), Tags: []string{"B-CITY"}}}},
		{"tag count", context.Background(), []annotation.TaggedSentence{{Tokens: tokens("Ankara", "da"), Tags: []string{"O"}}}},
		{"cancelled", ctx, []annotation.TaggedSentence{good}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Train(tt.ctx, tt.sents, TrainConfig{Lang: "tr"}); err == nil {
				t.Error("no error")
			} else if tt.name == "cancelled" && !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
		})
	}
}

func TestTrainPrune(t *testing.T) {
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	full, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	cfg := tinyConfig
	cfg.Prune = 0.1
	pruned, err := Train(context.Background(), sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got, was := pruned.table.len(), full.table.len(); got >= was {
		t.Errorf("Prune 0.1 kept %d of %d feature rows, want fewer", got, was)
	}
	if f := pruned.Evaluate(sents, nil, nil).Total.F1(); f < 0.9 {
		t.Errorf("pruned model: F1 on the training data %.3f, want ≥ 0.9", f)
	}
	for _, bad := range []float64{-0.1, 1} {
		if _, err := Train(context.Background(), sents, TrainConfig{Lang: "tr", Prune: bad}); err == nil {
			t.Errorf("Prune %v: no error", bad)
		}
	}
}

func TestProvenanceRoundTrip(t *testing.T) {
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(context.Background(), sents, TrainConfig{Lang: "xx", Epochs: 2, Provenance: `{"settings":["-epochs","2"]}`})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := LoadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Provenance() != m.Provenance() || back.Lang() != "xx" {
		t.Errorf("read back %q %q", back.Lang(), back.Provenance())
	}
}
