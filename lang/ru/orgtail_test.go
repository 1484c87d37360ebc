package ru

import (
	"strings"
	"testing"
)

func TestTailLength(t *testing.T) {
	tests := []struct {
		words string // the lower-case words after a head noun
		want  int
	}{
		{"независимых школ заявил", 2},
		{"искусственного интеллекта", 2},
		{"политической экспертизы заявил", 2},
		{"профсоюзов выступил", 1},
		{"наследия еще", 1},
		{"по искусственному интеллекту заявил", 3},
		{"по ликвидации последствий стихийных бедствий сообщило", 5},
		{"по", 0},
		{"по их словам", 0}, // a short word after по
		{"заявила сегодня", 0},
		{"сегодня", 0},
		{"", 0},
	}
	for _, tc := range tests {
		if got := (Russian{}).TailLength(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("TailLength(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

func TestNamedAfter(t *testing.T) {
	for norm, want := range map[string]bool{"имени": true, "памяти": false, "имя": false, "память": false, "именно": false} {
		if got := (Russian{}).NamedAfter(norm); got != want {
			t.Errorf("NamedAfter(%q) = %v, want %v", norm, got, want)
		}
	}
}
