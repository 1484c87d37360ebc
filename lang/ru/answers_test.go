package ru

import (
	"testing"

	"github.com/varlik/varlik/internal/memo"
	"github.com/varlik/varlik/internal/memo/memotest"
)

// TestAdjectiveAnswers checks Adjective, which keeps recent words' answers
// (adjectiveAnswers), against adjective on the forms of forms.txt (more
// than the memo has slots), empty and invalid words, from eight goroutines
// at once (run with -race), twice: the memo first mostly empty, then
// holding many words.
func TestAdjectiveAnswers(t *testing.T) {
	words := []string{"", "\xff", "российской\x00", "нынешняя", "российская", "банком"}
	words = append(words, formWords(3*memo.Size-len(words))...)
	want := make([]bool, len(words))
	yes := 0
	for i, w := range words {
		if want[i] = adjective(w); want[i] {
			yes++
		}
	}
	if yes == 0 || yes == len(words) {
		t.Fatalf("%d of %d words adjectives: want some of each", yes, len(words))
	}
	var r Russian
	memotest.FromEachStart(len(words), func(pass, i int) {
		if got := r.Adjective(words[i]); got != want[i] {
			t.Errorf("pass %d: Adjective(%q) = %v, want %v", pass, words[i], got, want[i])
		}
	})
}

// TestWordAnswersSlots checks that a slot keeps a word's answer, either
// way, until another word takes it, and that an empty slot answers no word.
func TestWordAnswersSlots(t *testing.T) {
	var m wordAnswers
	calls := 0
	ask := func(yes bool) func(string) bool {
		return func(string) bool { calls++; return yes }
	}
	for _, yes := range []bool{true, false} {
		m = wordAnswers{}
		calls = 0
		if got := m.get("", ask(yes)); got != yes || calls != 1 {
			t.Errorf("empty memo: get = %v after %d calls, want %v after 1", got, calls, yes)
		}
		if got := m.get("", ask(!yes)); got != yes || calls != 1 {
			t.Errorf("kept: get = %v after %d calls, want %v after 1", got, calls, yes)
		}
	}
}
