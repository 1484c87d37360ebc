package ru

import (
	"slices"
	"testing"
)

// TestImperfectiveForms checks the forms of the imperfective verbs of
// saying, by the rule and irregular.
func TestImperfectiveForms(t *testing.T) {
	got := imperfectiveForms("заявлять", "сообщать", "констатировать", "говорить", "писать")
	for _, f := range []string{"заявляет", "заявляют", "заявлял", "заявляла", "заявляли", "сообщает", "сообщали",
		"констатирует", "констатируют", "констатировал", "говорит", "говорят", "говорила", "пишет", "пишут", "писал"} {
		if !slices.Contains(got, f) {
			t.Errorf("imperfectiveForms lacks %q", f)
		}
	}
	if slices.Contains(got, "говориет") || slices.Contains(got, "констатировает") {
		t.Error("imperfectiveForms applied the rule to an irregular verb")
	}
	loadWords()
	for _, f := range []string{"заявил", "заявила", "заявляет", "сообщают", "отмечал", "уверен"} {
		if !slices.Contains(ruSay, f) {
			t.Errorf("ruSay lacks %q", f)
		}
	}
}
