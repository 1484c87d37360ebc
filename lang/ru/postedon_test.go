package ru

import "testing"

func TestPostedOn(t *testing.T) {
	tests := []struct {
		before []string // nearest first
		want   bool
	}{
		{[]string{"в", "написал"}, true},
		{[]string{"в", "субботу", "в", "объявил"}, true},
		{[]string{"в", "решении", "своем", "о", "объявила"}, true},
		{[]string{"в", "сообщения", "отправляя"}, true},
		{[]string{"в", "посте", "своем"}, true},
		{[]string{"в", "@citypolice", "пользователю"}, true},
		{[]string{"своем", "в"}, true},
		{[]string{"своей", "на"}, false},        // на: a place
		{[]string{"на", "опубликована"}, false}, // на: a place
		{[]string{"в", "заявил"}, false},        // заяв- left out
		{[]string{"в", "поставил"}, false},      // not пост
		{[]string{"в", "отдыхал"}, false},
		{[]string{"в"}, false},
		{nil, false},
	}
	for _, tc := range tests {
		if got := (Russian{}).PostedOn(tc.before); got != tc.want {
			t.Errorf("PostedOn(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}
